import type { Db } from '../db/open'
import { buildReport } from './build'
import { renderCsv } from './csv'
import { layout, type ReportDoc } from './doc'
import { renderHtml } from './html'
import type { ReportFormat, ReportParamsInput } from './params'
import type { ReportModel } from './types'
import { renderXlsx } from './xlsx'

export interface BuiltReport {
  model: ReportModel
  doc: ReportDoc
  html: string
}

export function buildDocument(db: Db, params: ReportParamsInput): BuiltReport {
  const model = buildReport(db, params)
  const doc = layout(model)
  return { model, doc, html: renderHtml(doc) }
}

/** The file contents for a non-PDF format (PDF is printed from the HTML by a browser engine). */
export async function renderFile(doc: ReportDoc, format: Exclude<ReportFormat, 'pdf'>): Promise<Buffer> {
  if (format === 'html') return Buffer.from(renderHtml(doc), 'utf8')
  if (format === 'csv') return Buffer.from(renderCsv(doc), 'utf8')
  return renderXlsx(doc)
}

export const EXTENSIONS: Record<ReportFormat, string> = { html: 'html', csv: 'csv', xlsx: 'xlsx', pdf: 'pdf' }

import type { Db } from '../db/open'
import type { ReportFormat, ReportParamsInput } from './params'
import { printPdf } from './pdf'
import { buildDocument, renderFile, type BuiltReport } from './render'
import { checkWritable, writeAtomic } from '../shared/atomic-write'

export interface ExportResult {
  path: string
  bytes: number
  format: ReportFormat
  title: string
  scope: string
  period: string
}

/** Builds a report and writes it in one format; nothing is left at `path` unless it all succeeded. */
export async function exportReport(
  db: Db,
  params: ReportParamsInput,
  format: ReportFormat,
  path: string,
  onProgress: (step: 'build' | 'render' | 'write' | 'done') => void = () => {}
): Promise<ExportResult> {
  checkWritable(path)
  onProgress('build')
  const built = buildDocument(db, params)
  onProgress('render')
  const data = await contents(built, format)
  onProgress('write')
  writeAtomic(path, data)
  onProgress('done')
  return { path, bytes: data.length, format, title: built.doc.title, scope: built.doc.scope, period: built.doc.period }
}

export async function contents(built: BuiltReport, format: ReportFormat): Promise<Buffer> {
  return format === 'pdf' ? printPdf(built.html) : renderFile(built.doc, format)
}

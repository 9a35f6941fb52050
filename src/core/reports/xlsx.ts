// XLSX with exceljs: a Summary sheet (header and key figures) and one sheet per table. Numbers are
// stored as numbers with number formats (currency code, %, ×), days as dates, so they sum and sort.
import type { Cell, CellKind, ReportDoc } from './doc'
import { tablesOf } from './doc'
import { translator } from './i18n'

export function numberFormat(kind: CellKind, currency?: string): string | undefined {
  switch (kind) {
    case 'money':
      return `#,##0.00 "${currency}"`
    case 'count':
      return '#,##0'
    case 'percent':
      return '0.0%'
    case 'change':
      return '+0.0%;-0.0%;0.0%'
    case 'ratio':
      return '0.0"×"'
    case 'day':
      return 'yyyy-mm-dd'
    case 'month':
      return 'mmm yyyy'
    default:
      return undefined
  }
}

/** The value exceljs stores: numbers for amounts, fractions for percentages, Date for days. */
export function excelValue(value: Cell, kind: CellKind): string | number | Date | null {
  if (value === null || value === '') return null
  switch (kind) {
    case 'money':
    case 'count':
    case 'ratio':
      return Number(value)
    case 'percent':
    case 'change':
      return Number(value) / 100
    case 'day':
      return new Date(`${value}T00:00:00Z`)
    case 'month':
      return new Date(`${value}-01T00:00:00Z`)
    default:
      return String(value)
  }
}

function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  let name = base
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`
  used.add(name.toLowerCase())
  return name
}

export async function renderXlsx(doc: ReportDoc): Promise<Buffer> {
  const t = translator(doc.locale)
  // Loaded when a workbook is written, not with the app: exceljs alone took 1.2 s of a cold start (docs/benchmarks.md).
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Kassa'
  wb.title = `${doc.title} – ${doc.scope}`
  const used = new Set<string>()

  const summary = wb.addWorksheet(sheetName(t('table.summary'), used))
  summary.addRow([doc.title]).font = { bold: true, size: 14 }
  summary.addRow([doc.scope]).font = { bold: true }
  summary.addRow([t('meta.period'), doc.period])
  summary.addRow([t('meta.currency'), doc.currency])
  summary.addRow([t('meta.generated'), doc.generated])
  summary.addRow([])
  summary.addRow([t('col.label'), t('col.value')]).font = { bold: true }
  for (const k of doc.kpis) {
    const row = summary.addRow([k.label, excelValue(k.value, k.kind)])
    const fmt = numberFormat(k.kind, k.currency)
    if (fmt) row.getCell(2).numFmt = fmt
  }
  summary.getColumn(1).width = 38
  summary.getColumn(2).width = 22

  for (const table of tablesOf(doc)) {
    const ws = wb.addWorksheet(sheetName(table.title, used), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow(table.columns.map((c) => c.label)).font = { bold: true }
    const add = (cells: Cell[], bold = false) => {
      const row = ws.addRow(cells.map((v, i) => excelValue(v, table.columns[i].kind)))
      table.columns.forEach((c, i) => {
        const fmt = numberFormat(c.kind, c.currency)
        if (fmt) row.getCell(i + 1).numFmt = fmt
      })
      if (bold) row.font = { bold: true }
    }
    for (const r of table.rows) add(r)
    if (table.total) add(table.total, true)
    table.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.min(40, Math.max(12, c.label.length + 2))
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

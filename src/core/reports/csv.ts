// One CSV file per report. Rule: a short heading block (title, scope, period, currency), then each
// table as its own section — a line with the section title, the header row, the rows — separated
// by a blank line. Values are machine-readable in every locale (decimal point, ISO dates, no
// grouping); labels follow the locale. UTF-8 with a BOM and CRLF so spreadsheet apps read æøå.
// Names come from imported files, so every text goes through csvLine's formula guard.
import { csvLine as line } from '../../shared/csv'
import type { ReportDoc } from './doc'
import { tablesOf } from './doc'
import { translator } from './i18n'

export function renderCsv(doc: ReportDoc): string {
  const t = translator(doc.locale)
  const lines: string[] = [
    line([doc.title]),
    line([doc.scope]),
    line([t('meta.period'), doc.period]),
    line([t('meta.currency'), doc.currency]),
    '',
    line([t('table.summary')]),
    line([t('col.label'), t('col.value')]),
    ...doc.kpis.map((k) => line([k.kind === 'percent' || k.kind === 'change' ? `${k.label} (%)` : k.label, k.value]))
  ]
  for (const table of tablesOf(doc)) {
    // Percentages are written as 12.5 (not 0.125), so their headers say so.
    const header = table.columns.map((c) => (c.kind === 'percent' || c.kind === 'change' ? `${c.label} (%)` : c.label))
    lines.push('', line([table.title]), line(header))
    for (const row of table.rows) lines.push(line(row))
    if (table.total) lines.push(line(table.total))
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

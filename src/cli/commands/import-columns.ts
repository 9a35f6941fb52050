import type { ColumnRole } from '../../core/import/columns'

const percent = (n: number) => `${Math.round(n * 100)}%`

/** One column as the CLI names it: `"Betalsätt" → method (content 100%)`, or `column 4 ignored (looks like amounts)`. */
export function columnText(c: ColumnRole): string {
  const name = c.header === null || c.header.trim() === '' ? `column ${c.index + 1}` : `"${c.header.trim()}"`
  const looks = c.looksLike?.length ? ` (looks like ${c.looksLike.join(' or ')})` : ''
  if (c.role === null)
    return `${name} ignored${c.decided === 'user' || c.decided === 'profile' ? ` by ${c.decided}` : ''}${looks}`
  const how = c.decided === 'header' || c.decided === 'content' ? `${c.decided} ${percent(c.confidence)}` : c.decided
  return `${name} → ${c.role} (${how})${looks}`
}

/** The columns of a file, every one either used or named as ignored. */
export function columnsText(columns: ColumnRole[]): string {
  return columns.length === 0 ? '' : `  columns: ${columns.map(columnText).join('; ')}\n`
}

import type { Cell, CellKind } from './doc'
import type { Formatter } from './format'

/** A raw cell as a person reads it in the report's locale. */
export function formatCell(f: Formatter, value: Cell, kind: CellKind, currency?: string): string {
  if (value === null || value === '') return '–'
  switch (kind) {
    case 'money':
      return f.money(String(value), currency!)
    case 'count':
      return typeof value === 'number' ? f.count(value) : String(value)
    case 'percent':
      return f.percent(String(value))
    case 'change':
      return f.percent(String(value), true)
    case 'ratio':
      return f.ratio(String(value))
    case 'day':
      return f.day(String(value))
    case 'month':
      return f.month(String(value))
    default:
      return String(value)
  }
}

export function isNumeric(kind: CellKind): boolean {
  return kind !== 'text' && kind !== 'day' && kind !== 'month'
}

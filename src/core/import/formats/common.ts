import { parseDateTime, timeOfDay, type DateOrder, type WallTime } from '../text/dates'
import { Memo } from '../text/memo'
import { parseDecimal, type DecimalStyle } from '../text/numbers'

/** Case- and spacing-insensitive column lookup by header name. */
export function columnIndex(header: string[], ...names: string[]): number {
  const norm = (s: string) =>
    s
      .replace(/^\ufeff/, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '')
  const wanted = names.map(norm)
  return header.findIndex((h) => wanted.includes(norm(h)))
}

export const cell = (fields: string[], index: number): string => (index >= 0 ? (fields[index] ?? '').trim() : '')

export function amountOf(text: string, style: DecimalStyle, what = 'amount'): string | { reject: string } {
  if (text.trim() === '') return { reject: `${what} is empty` }
  const value = parseDecimal(text, style)
  if (value === null) return { reject: `${what} "${text.trim()}" is not a number` }
  return value
}

// A file has few distinct dates and times of day, so each is parsed once.
const DATES = { dmy: new Memo((t) => parseDateTime(t, 'dmy')), mdy: new Memo((t) => parseDateTime(t, 'mdy')) }
const TIMES = new Memo(timeOfDay)

export function whenOf(date: string, time: string, order: DateOrder): WallTime | { reject: string } {
  const parsed = DATES[order].get(date)
  if (typeof parsed === 'string') return { reject: parsed }
  const t = time ? TIMES.get(time) : null
  if (t === null) return { ...parsed }
  if (typeof t === 'string') return { reject: t }
  return { y: parsed.y, m: parsed.m, d: parsed.d, h: t.h, mi: t.mi, s: t.s, ms: t.ms, offsetMs: parsed.offsetMs }
}

export function columnsMismatch(fields: string[], header: string[]): string | undefined {
  if (fields.length === header.length) return undefined
  // Trailing empty cells from a spreadsheet export are harmless.
  if (fields.length > header.length && fields.slice(header.length).every((f) => f.trim() === '')) return undefined
  return `has ${fields.length} columns, the header has ${header.length}`
}

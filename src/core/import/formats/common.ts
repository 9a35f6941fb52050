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

const twoDigits = (text: string, at: number): number => {
  const a = text.charCodeAt(at) - 48
  const b = text.charCodeAt(at + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : 99
}

/** timeOfDay of the usual "HH:MM:SS" cell without a look-up; undefined for anything else (and for bad times). */
function plainClock(text: string): { h: number; mi: number; s: number; ms: number } | undefined {
  if (text.length !== 8 || text.charCodeAt(2) !== 58 || text.charCodeAt(5) !== 58) return undefined
  const h = twoDigits(text, 0)
  const mi = twoDigits(text, 3)
  const s = twoDigits(text, 6)
  return h > 23 || mi > 59 || s > 59 ? undefined : { h, mi, s, ms: 0 }
}

export function whenOf(date: string, time: string, order: DateOrder): WallTime | { reject: string } {
  const parsed = (order === 'dmy' ? DATES.dmy : DATES.mdy).get(date)
  if (typeof parsed === 'string') return { reject: parsed }
  const t = time ? (plainClock(time) ?? TIMES.get(time)) : null
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

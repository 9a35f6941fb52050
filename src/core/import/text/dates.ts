import { localToUtc, type CountryCode } from '../../time/zones'

export type DateOrder = 'dmy' | 'mdy'

/** A wall-clock time as written; offsetMs is set when the text carried its own offset (ISO 8601). */
export interface WallTime {
  y: number
  m: number
  d: number
  h: number
  mi: number
  s: number
  ms: number
  offsetMs?: number
}

/** Where a wall time without an offset lives: a country's zone or a fixed offset (Beijing time). */
export type Zone = { country: CountryCode } | { offsetMs: number }

export const BEIJING: Zone = { offsetMs: 8 * 3_600_000 }

const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?`
const OFFSET = String.raw`(Z|[+\-\u2212]\d{2}(?::?\d{2})?)`
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)${TIME})?\s*${OFFSET}?$`, 'i')
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:(?:T|\s+|,\s*)${TIME})?$`)
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`)

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function offsetOf(text: string | undefined): number | undefined {
  if (!text) return undefined
  if (text.toUpperCase() === 'Z') return 0
  const sign = text[0] === '+' ? 1 : -1
  const digits = text.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000
}

function build(text: string, y: number, m: number, d: number, time: (string | undefined)[], offset?: string): WallTime | string {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return `date "${text}" does not exist`
  const [hh, mm, ss, frac] = time
  const h = hh === undefined ? 0 : Number(hh)
  const mi = mm === undefined ? 0 : Number(mm)
  const s = ss === undefined ? 0 : Number(ss)
  if (h > 23 || mi > 59 || s > 59) return `time in "${text}" does not exist`
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0
  return { y, m, d, h, mi, s, ms, offsetMs: offsetOf(offset) }
}

/** Parses a date (optionally with time and offset); returns a WallTime or a reason a person understands. */
export function parseDateTime(input: string, order: DateOrder): WallTime | string {
  const text = input.trim()
  if (text === '') return 'date is empty'
  let m = YEAR_FIRST.exec(text)
  if (m) return build(text, +m[1], +m[3], +m[4], [m[5], m[6], m[7], m[8]], m[9])
  m = YEAR_LAST.exec(text)
  if (m) {
    const [a, b] = [+m[1], +m[3]]
    const [d, mo] = order === 'dmy' ? [a, b] : [b, a]
    // Two-digit years are this century (transaction files, not birth dates).
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4]
    return build(text, year, mo, d, [m[5], m[6], m[7], m[8]])
  }
  m = COMPACT.exec(text)
  if (m) return build(text, +m[1], +m[2], +m[3], [m[4], m[5], m[6]])
  return `"${text}" is not a date`
}

/** A clock time written in its own column ("14:05", "14.05.30"); null when blank, a string when not a time. */
export function timeOfDay(input: string): Pick<WallTime, 'h' | 'mi' | 's' | 'ms'> | string | null {
  const text = input.trim()
  if (text === '') return null
  const m = TIME_ONLY.exec(text)
  if (!m) return `"${text}" is not a time`
  const [h, mi, s] = [+m[1], +m[2], m[3] ? +m[3] : 0]
  if (h > 23 || mi > 59 || s > 59) return `time "${text}" does not exist`
  return { h, mi, s, ms: m[4] ? Number(m[4].slice(0, 3).padEnd(3, '0')) : 0 }
}

/** Adds a time written in its own column ("14:05", "14.05.30") to a date. */
export function withTime(date: WallTime, input: string): WallTime | string {
  const t = timeOfDay(input)
  if (t === null) return date
  if (typeof t === 'string') return t
  return { ...date, h: t.h, mi: t.mi, s: t.s, ms: t.ms }
}

/** UTC epoch ms of a wall time: its own offset if it has one, else the zone's. */
export function toUtc(t: WallTime, zone: Zone): number {
  if (t.offsetMs !== undefined) return Date.UTC(t.y, t.m - 1, t.d, t.h, t.mi, t.s, t.ms) - t.offsetMs
  if ('offsetMs' in zone) return Date.UTC(t.y, t.m - 1, t.d, t.h, t.mi, t.s, t.ms) - zone.offsetMs
  return localToUtc(zone.country, t.y, t.m, t.d, t.h, t.mi, t.s) + t.ms
}

/**
 * Day/month order from the whole sample: a first number above 12 proves dd.mm, a second above 12
 * proves mm.dd. `certain` is false when nothing in the sample decides (then dd.mm, the Nordic way).
 */
export function detectDateOrder(values: string[]): { order: DateOrder; certain: boolean } {
  let dmy = 0
  let mdy = 0
  let yearFirstOnly = true
  for (const v of values) {
    const m = YEAR_LAST.exec(v.trim())
    if (!m) continue
    yearFirstOnly = false
    if (+m[1] > 12) dmy++
    if (+m[3] > 12) mdy++
  }
  if (yearFirstOnly) return { order: 'dmy', certain: true }
  if (mdy > dmy) return { order: 'mdy', certain: true }
  return { order: 'dmy', certain: dmy > 0 }
}

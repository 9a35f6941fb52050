import { COUNTRIES, type CountryCode } from '../../shared/countries'

// Most of core meets the country list here, beside the time zones it implies.
export { COUNTRIES, type CountryCode }

export const TIME_ZONES: Record<CountryCode, string> = {
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
  FI: 'Europe/Helsinki'
}

const STANDARD_OFFSET_HOURS: Record<CountryCode, number> = { DK: 1, NO: 1, SE: 1, FI: 2 }
const HOUR = 3_600_000

/** Last Sunday of a month at 01:00 UTC: when EU summer time starts (March) and ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

const dstCache = new Map<number, [number, number]>()
function dstWindow(year: number): [number, number] {
  let window = dstCache.get(year)
  if (!window) {
    window = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)]
    dstCache.set(year, window)
  }
  return window
}

/**
 * Offset from UTC in ms for a Nordic country at an instant. All four follow the EU
 * summer-time rule (since 1996), which is cheaper than Intl for millions of rows;
 * test/unit/zones.test.ts checks it against Intl.
 */
export function utcOffsetMs(utcMs: number, country: CountryCode): number {
  const [start, end] = windowAt(utcMs)
  const summer = utcMs >= start && utcMs < end ? 1 : 0
  return (STANDARD_OFFSET_HOURS[country] + summer) * HOUR
}

// The year last asked about, so a run of instants in one year (an import, a cube) skips the Date.
let yearFrom = NaN
let yearTo = NaN
let yearWindow: [number, number] = [NaN, NaN]

/** dstWindow of the UTC year of an instant. */
function windowAt(utcMs: number): [number, number] {
  if (utcMs >= yearFrom && utcMs < yearTo) return yearWindow
  const year = new Date(utcMs).getUTCFullYear()
  const window = dstWindow(year)
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const from = new Date(0).setUTCFullYear(year, 0, 1)
  const to = new Date(0).setUTCFullYear(year + 1, 0, 1)
  // Kept only for instants the range test decides exactly (integers; Date truncates fractions).
  if (Number.isInteger(utcMs) && from >= 0) {
    yearFrom = from
    yearTo = to
    yearWindow = window
  }
  return window
}

/** Local calendar day 'YYYY-MM-DD' of an instant in the country's time zone. */
export function localDay(utcMs: number, country: CountryCode): string {
  return new Date(utcMs + utcOffsetMs(utcMs, country)).toISOString().slice(0, 10)
}

/** Local wall-clock hour 0–23 in the country's time zone. */
export function localHour(utcMs: number, country: CountryCode): number {
  const local = utcMs + utcOffsetMs(utcMs, country)
  // getUTCHours without the Date: valid whole instants since 1970 (the analytics cubes call this per row).
  if (Number.isInteger(local) && local >= 0 && local <= 8.64e15) return Math.floor((local % 86_400_000) / HOUR)
  return new Date(local).getUTCHours()
}

/** The UTC instant of a local wall-clock time (y, m 1–12, d, h, min, s) in a country. */
export function localToUtc(country: CountryCode, y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  const naive = Date.UTC(y, m - 1, d, h, min, s)
  const guess = naive - utcOffsetMs(naive - STANDARD_OFFSET_HOURS[country] * HOUR, country)
  return naive - utcOffsetMs(guess, country)
}

/**
 * The offset of a local calendar day on which the clocks do not change, or undefined on a switch
 * day. `dayStart` is the day's midnight taken as UTC (Date.UTC(y, m - 1, d)). On such a day every
 * wall time t maps to t - offset exactly as localToUtc does: all the instants localToUtc and
 * utcOffsetMs look at lie in [dayStart - 3 h, dayStart + 24 h], and no switch falls in there.
 */
export function steadyOffsetMs(country: CountryCode, dayStart: number): number | undefined {
  const lo = dayStart - 3 * HOUR
  const hi = dayStart + 24 * HOUR
  const y1 = new Date(lo).getUTCFullYear()
  const y2 = new Date(hi).getUTCFullYear()
  for (let y = y1; y <= y2; y++) {
    const [start, end] = dstWindow(y)
    if ((start > lo && start <= hi) || (end > lo && end <= hi)) return undefined
  }
  return utcOffsetMs(lo, country)
}

/** Monday = 0 … Sunday = 6, of a 'YYYY-MM-DD' day. */
export const weekdayOf = (day: string): number => (new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7

export function addDays(day: string, n: number): string {
  const t = Date.parse(day + 'T00:00:00Z') + n * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const t = Date.parse(day + 'T00:00:00Z')
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day
}

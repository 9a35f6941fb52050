import { addDays, weekdayOf } from '../time/zones'

export const PRESETS = ['this_month', 'last_month', 'ytd', 'last_12_months', 'all', 'custom'] as const
export type Preset = (typeof PRESETS)[number]
export type Granularity = 'day' | 'week' | 'month'

export interface Range {
  from: string
  to: string
}

const monthStart = (day: string) => day.slice(0, 7) + '-01'

/**
 * Date presets are relative to `asOf` — the last day with data unless the caller says otherwise —
 * so a store of 2018 sales shows "this month" as its own last month, not an empty present.
 */
export function presetRange(preset: Preset, asOf: string, span: Range, custom?: Partial<Range>): Range {
  switch (preset) {
    case 'this_month':
      return { from: monthStart(asOf), to: asOf }
    case 'last_month': {
      const end = addDays(monthStart(asOf), -1)
      return { from: monthStart(end), to: end }
    }
    case 'ytd':
      return { from: asOf.slice(0, 4) + '-01-01', to: asOf }
    case 'last_12_months':
      return { from: addDays(shiftYears(asOf, -1), 1), to: asOf }
    case 'all':
      return span
    case 'custom':
      return { from: custom?.from ?? span.from, to: custom?.to ?? span.to }
  }
}

/** The same day n years away; 29 February becomes 28 February in a common year. */
export function shiftYears(day: string, n: number): string {
  const year = Number(day.slice(0, 4)) + n
  const candidate = `${year}${day.slice(4)}`
  const t = Date.parse(candidate + 'T00:00:00Z')
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== candidate ? `${year}-02-28` : candidate
}

export function daysIn(r: Range): number {
  return Math.round((Date.parse(r.to + 'T00:00:00Z') - Date.parse(r.from + 'T00:00:00Z')) / 86_400_000) + 1
}

/** The span of the same length right before. Whole calendar months map to the months before. */
export function previousPeriod(r: Range): Range {
  const wholeMonths = r.from.slice(8) === '01' && addDays(r.to, 1).slice(8) === '01'
  if (wholeMonths) {
    const months = monthsBetween(r.from, r.to).length
    let from = r.from
    for (let i = 0; i < months; i++) from = monthStart(addDays(from, -1))
    return { from, to: addDays(r.from, -1) }
  }
  const n = daysIn(r)
  return { from: addDays(r.from, -n), to: addDays(r.from, -1) }
}

export function lastYear(r: Range): Range {
  return { from: shiftYears(r.from, -1), to: shiftYears(r.to, -1) }
}

/** Day bars up to two months, weeks up to a year, months beyond. */
export function autoGranularity(r: Range): Granularity {
  const n = daysIn(r)
  return n <= 62 ? 'day' : n <= 366 ? 'week' : 'month'
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(m + '-01', 32).slice(0, 7)) out.push(m)
  return out
}

/** Every period key of a granularity in the range, ascending and without gaps. */
export function periodKeys(r: Range, g: Granularity): string[] {
  if (g === 'month') return monthsBetween(r.from, r.to)
  const out: string[] = []
  if (g === 'day') {
    for (let d = r.from; d <= r.to; d = addDays(d, 1)) out.push(d)
    return out
  }
  for (let d = addDays(r.from, -weekdayOf(r.from)); d <= r.to; d = addDays(d, 7)) out.push(d)
  return out
}

import type { Db } from '../db/open'
import type { ResolvedDashboardFilter } from './dashboard-filter'
import { addDays, weekdayOf } from '../time/zones'
import { queryCube, type CubeFilter } from './query'

/** What decides how a page of the Transactions screen is read. */
export interface PageShape {
  sort: 'time' | 'amount'
  direction: 'asc' | 'desc'
  limit: number
  search?: string
  kinds?: ('payment' | 'refund')[]
  weekday?: number
  hour?: number
}

/**
 * Unary plus signs for the page query's columns: '+' keeps SQLite from reaching the rows through that column's
 * index (the period's time range; the merchant, through the join and the merchant filter).
 */
export interface IndexHints {
  period: '' | '+'
  merchant: '' | '+'
}

export const NO_HINTS: IndexHints = { period: '', merchant: '' }
/** Rows SQLite reads and sorts for a page in a few tens of milliseconds: below this, its own plan is left alone. */
const FEW_ROWS = 20_000
/**
 * A row reached through the amount index costs about this many rows read in time order: the table is stored in
 * import order, roughly time order, and amounts jump all over it (5,000,000-row store: ≈ 6 µs against 1.5–3 µs).
 */
const AMOUNT_ORDER_COST = 4

/**
 * How a page is read. SQLite has no statistics, so it reaches the rows through the filter that looks the most
 * selective (a merchant or country, else the period's time range) and sorts all of them for every page: two pages
 * sorted by amount over all time in a 5,000,000-row store took 23 s, one page of Finland's sales in the last 12
 * months by time 1.6 s. Reading the sort's own index in order stops after a page of matching rows, but reads
 * everything when the matching rows come late in that order, so the cubes count first:
 * - by time with a merchant, store or country filter: the rows read day by day from the period's end (or start)
 *   until a page matches, against the filter's own rows in the period;
 * - by amount: the rows of the whole store read bucket by bucket of the ticket cubes from the largest (or smallest)
 *   until a page matches, each dearer (AMOUNT_ORDER_COST), against the filter's merchants' or countries' rows in
 *   the period, or all the period's rows. Buckets, not an average share: a filter often goes with the amount
 *   (Chinese cards are the large tickets), so its rows all come first or last.
 * A store filter by amount and a heatmap cell by time are left to SQLite. A search comes here as the merchants it
 * names (src/core/analytics/transactions.ts).
 */
export function indexHints(db: Db, page: PageShape, f: ResolvedDashboardFilter): IndexHints {
  const c = f.cube
  const entity = Boolean(c.merchantIds || c.storeIds || c.countries)
  const period: CubeFilter = { from: c.from, to: c.to }
  if (page.sort === 'time') {
    if (!entity || page.weekday !== undefined || page.hour !== undefined) return NO_HINTS
    // One merchant's (merchant_id, occurred_at) index rows are in time order, unless a search ORs them with ids.
    if (c.merchantIds?.length === 1 && !page.search) return NO_HINTS
    const planned = rows(db, { ...period, countries: c.countries, merchantIds: c.merchantIds, storeIds: c.storeIds })
    if (planned < FEW_ROWS || readByTime(db, { ...c, kinds: page.kinds }, page) >= planned) return NO_HINTS
    return { period: '', merchant: '+' }
  }
  // The ticket cubes count payments by amount, with no store level.
  if (c.storeIds || (page.kinds && !page.kinds.includes('payment'))) return NO_HINTS
  const planned = rows(db, entity ? { ...period, countries: c.countries, merchantIds: c.merchantIds } : period)
  if (planned < FEW_ROWS || AMOUNT_ORDER_COST * readByAmount(db, c, page, f.span) >= planned) return NO_HINTS
  return { period: '+', merchant: entity ? '+' : '' }
}

/** Non-failed rows the cubes count for a filter. */
const rows = (db: Db, filter: CubeFilter) => queryCube(db, { family: 'money', by: [], filter })[0]?.count ?? 0

/**
 * Rows read in amount order, a ticket bucket (eight per doubling) at a time from the largest (or smallest), until a
 * page of the filter's payments is found; a heatmap cell keeps its share of them in every bucket.
 */
function readByAmount(db: Db, filter: CubeFilter, page: PageShape, span: { from: string; to: string }): number {
  const perBucket = (f: CubeFilter) => queryCube(db, { family: 'ticket', by: ['bucket'], filter: f })
  const matching = new Map(perBucket(filter).map((r) => [r.bucket, r.count]))
  const inCell = page.weekday === undefined && page.hour === undefined ? 1 : cellShare(db, filter, page)
  const buckets = perBucket(span).sort((a, b) => Number(a.bucket) - Number(b.bucket))
  if (page.direction === 'desc') buckets.reverse()
  let [read, found] = [0, 0]
  for (const b of buckets) {
    read += b.count
    found += (matching.get(b.bucket) ?? 0) * inCell
    if (found > page.limit) break
  }
  return read
}

/** The share of the filter's payments in the page's heatmap cell. */
function cellShare(db: Db, filter: CubeFilter, page: PageShape): number {
  const cells = queryCube(db, { family: 'hour', by: ['weekday', 'hour'], filter })
  const total = cells.reduce((sum, r) => sum + r.count, 0)
  const inCell = cells
    .filter((r) => (page.weekday ?? r.weekday) === r.weekday && (page.hour ?? r.hour) === r.hour)
    .reduce((sum, r) => sum + r.count, 0)
  return total === 0 ? 0 : inCell / total
}

/** Rows read in time order, a day at a time from the period's end (or start), until a page of the filter's rows is found. */
function readByTime(db: Db, filter: CubeFilter, page: PageShape): number {
  const perDay = (f: CubeFilter) => queryCube(db, { family: 'money', by: ['day'], filter: f })
  const matching = new Map(perDay(filter).map((r) => [r.day, r.count]))
  const days = perDay({ from: filter.from, to: filter.to }).sort((a, b) => (a.day < b.day ? -1 : 1))
  if (page.direction === 'desc') days.reverse()
  let [read, found] = [0, 0]
  for (const d of days) {
    read += d.count
    found += matching.get(d.day) ?? 0
    if (found > page.limit) break
  }
  return read
}

const HOUR = 3_600_000
/** A heatmap cell's days are looked up one time window each up to this many (an OR of ranges SQLite parses deep). */
const MAX_WINDOWS = 200

/**
 * The stretches of time a heatmap cell's rows can lie in, one per day of its weekday in the period, or null when
 * reading the period in time order is cheaper (a cell that fills a page soon). SQLite reads each window through the
 * time index and sorts what they hold: a cell that holds almost nothing took a scan of the whole period, whose every
 * row's local hour was computed (3.8 s for 12 months of a 5,000,000-row store). A row's day is its merchant's local
 * day, 1–3 hours ahead of UTC in the four countries (CET to EEST); each window keeps an hour more on either side.
 */
export function cellWindows(db: Db, page: PageShape, f: ResolvedDashboardFilter): [number, number][] | null {
  if (page.weekday === undefined) return null
  const from = f.range.from > f.span.from ? f.range.from : f.span.from
  const to = f.range.to < f.span.to ? f.range.to : f.span.to
  const days: string[] = []
  for (let day = from; day <= to && days.length <= MAX_WINDOWS; day = addDays(day, 1))
    if (weekdayOf(day) === page.weekday) days.push(day)
  if (days.length === 0 || days.length > MAX_WINDOWS) return null
  const [start, end] = page.hour === undefined ? [-4, 25] : [page.hour - 4, page.hour + 1]
  if (page.sort === 'time') {
    const c = f.cube
    const inPeriod = rows(db, { from: c.from, to: c.to })
    const share =
      cellShare(db, { ...c, kinds: page.kinds }, page) * (rows(db, { ...c, kinds: page.kinds }) / Math.max(inPeriod, 1))
    if (page.limit / share < (inPeriod * (end - start)) / (24 * 7)) return null
  }
  return days.map((day) => {
    const midnight = Date.parse(day + 'T00:00:00Z')
    return [midnight + start * HOUR, midnight + end * HOUR]
  })
}

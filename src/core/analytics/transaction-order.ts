import type { Db } from '../db/open'
import { CARD_ORIGINS } from './dashboard-filter'
import type { ResolvedDashboardFilter } from './dashboard-filter'
import { METHODS, ORIGINS, kindCode, methodCode, originCode } from '../db/transaction-codes'
import { COMBOS } from '../rollup/cubes'
import { queryCube, type CubeFilter } from './query'
import { weekdaySql } from '../rollup/sql'
import { utcOffsetMs } from '../time/zones'
import { cubeCombos, storedCombos, type Combo, type Residual } from './transaction-arms'

/** What decides how a page of the Transactions screen is read. */
export interface PageShape {
  sort: 'time' | 'amount'
  direction: 'asc' | 'desc'
  limit: number
  kinds?: ('payment' | 'refund')[]
  weekday?: number
  hour?: number
  includeFailed: boolean
}

const DAY = 86_400_000
/**
 * A row's day is its local day (src/core/import/row.ts), its instant plus the merchant's UTC offset: a local day's
 * rows lie between its midnight at the largest offset and the next midnight at the smallest. A tighter bound than a
 * day either side: by amount, every entry inside it is read from the table (a day's page took 75 ms of CPU).
 */
const OFFSETS = (['DK', 'NO', 'SE', 'FI'] as const).flatMap((c) => [0, 6].map((m) => utcOffsetMs(Date.UTC(2024, m, 15), c)))
const LATEST_OFFSET = Math.max(...OFFSETS)
const EARLIEST_OFFSET = Math.min(...OFFSETS)
const FAILED = 3
const CARD = methodCode('card')
const PAYMENT = kindCode('payment')

/**
 * The arms a page merges: the merchant × kind × method × origin runs with rows in the period's months that the
 * filter keeps. A merchant, store or country filter (or a search's merchants) picks merchants; kinds, methods and
 * card origins pick the rest, so no arm holds a row of another method or kind, and a filter that matches nothing
 * reads nothing.
 */
export function filteredArms(db: Db, page: PageShape, c: CubeFilter, searched?: number[]): (Combo & { country: string })[] {
  const countryOf = new Map(
    (db.prepare('SELECT id, country FROM merchants').all() as { id: number; country: string }[]).map((m) => [m.id, m.country])
  )
  const keep = (values: readonly (string | number)[] | undefined, value: string | number) => !values || values.includes(value)
  const storeMerchants = c.storeIds
    ? (db
        .prepare(`SELECT DISTINCT merchant_id FROM stores WHERE id IN (${c.storeIds.map(() => '?').join(', ')})`)
        .pluck()
        .all(...c.storeIds) as number[])
    : undefined
  const kinds = page.kinds?.map(kindCode)
  const methods = c.methods?.map((m) => methodCode(m as 'alipay'))
  const origins = c.cardOrigins?.map((o) => originCode(o as (typeof CARD_ORIGINS)[number]))
  const stored = page.includeFailed ? storedCombos(db) : cubeCombos(db, c.from.slice(0, 7), c.to.slice(0, 7))
  const inCell = paidInCell(db, page, c)
  return stored
    .filter((a) => !inCell || a.kind !== PAYMENT || inCell.has(`${countryOf.get(a.merchantId)}:${columnOf(a.method, a.origin)}`))
    .filter(
      (a) =>
        keep(c.merchantIds, a.merchantId) &&
        keep(storeMerchants, a.merchantId) &&
        keep(searched, a.merchantId) &&
        keep(c.countries, countryOf.get(a.merchantId) ?? '') &&
        keep(kinds, a.kind) &&
        keep(methods, a.method) &&
        (a.method !== CARD || keep(origins, a.origin))
    )
    .map((a) => ({ ...a, country: countryOf.get(a.merchantId) ?? '' }))
}

/**
 * For a heatmap cell, the countries × method-origin columns with payments in it in the period (the hour cubes count
 * payments, not refunds, at country level: the merchant level took 10× as long). A payment arm of any other reads
 * its whole period to find nothing: a cell that holds almost nothing took 1.6 s at 500,000 rows.
 */
function paidInCell(db: Db, page: PageShape, c: CubeFilter): Set<string> | null {
  if (page.weekday === undefined && page.hour === undefined) return null
  const filter: CubeFilter = { from: c.from, to: c.to, countries: c.countries }
  const live = new Set<string>()
  for (const r of queryCube(db, { family: 'hour', by: ['country', 'weekday', 'hour'], filter, perCombo: true }))
    if ((page.weekday ?? r.weekday) === r.weekday && (page.hour ?? r.hour) === r.hour)
      for (const combo of COMBOS) if (Number(r[combo.column]) > 0) live.add(`${r.country}:${combo.column}`)
  return live
}

/** The hour and ticket cubes' column (COMBOS) that counts a method and origin. */
function columnOf(method: number, origin: number): string {
  const m = METHODS[method]
  const o = ORIGINS[origin]
  if (m === 'alipay') return 'n_alipay'
  if (m !== 'card') return 'n_other'
  return (CARD_ORIGINS as readonly string[]).includes(o) ? `n_card_${o}` : 'n_card_other'
}

/**
 * The terms every arm tests beyond its own index columns: the period (its UTC instants as a loose bound the index
 * answers, then the local days themselves), failed rows, stores, the heatmap cell's weekday.
 */
export function residualOf(page: PageShape, c: CubeFilter): Residual {
  const indexed: string[] = []
  const params: (string | number)[] = []
  if (!page.includeFailed) indexed.push(`status_code <> ${FAILED}`)
  if (c.storeIds) {
    indexed.push(`store_id IN (${c.storeIds.map(() => '?').join(', ')})`)
    params.push(...c.storeIds)
  }
  const indexedParams = params.length
  const table = ['day BETWEEN ? AND ?']
  params.push(c.from, c.to)
  if (page.weekday !== undefined) {
    table.push(`${weekdaySql('day')} = ?`)
    params.push(page.weekday)
  }
  const [from, to] = [Date.parse(c.from) - LATEST_OFFSET, Date.parse(c.to) + DAY - EARLIEST_OFFSET]
  return { instants: [from, to], indexed, table, params, indexedParams }
}

/**
 * A row the sorted plan reads costs about this many index entries the merge skips: the table row, then its place
 * in the sort, against an entry of the covering index.
 */
const SORTED_ROW_COST = 8

/**
 * By amount, whether to read the period's rows through the time index and sort them, rather than merge the amount
 * index: the merge skips every entry outside the period or the heatmap cell, about page ÷ (the period's share of
 * all rows × the cell's share of the period) of them, which for a day of a 5,000,000-row store is most of the
 * index; the sorted plan passes over the period's entries (the cell's arithmetic test on each) and reads and sorts
 * the cell's rows. The cubes count the rows (non-failed; the cell's share from the hour cubes, payments).
 */
export function readsSorted(db: Db, page: PageShape, f: ResolvedDashboardFilter): boolean {
  if (page.sort !== 'amount') return false
  const c = f.cube
  const filter: CubeFilter = { ...c, kinds: page.kinds }
  const inPeriod = countedRows(db, filter)
  if (inPeriod === 0) return true
  const all = countedRows(db, {
    ...filter,
    from: f.span.from < c.from ? f.span.from : c.from,
    to: f.span.to > c.to ? f.span.to : c.to
  })
  const cell = Math.max(cellShare(db, page, c), 1e-6)
  return inPeriod * (1 + SORTED_ROW_COST * cell) < (page.limit + 1) / ((inPeriod / all) * cell)
}

/** The heatmap cell's share of the period's payments in the filter's countries (1 without a cell). */
export function cellShare(db: Db, page: PageShape, c: CubeFilter): number {
  if (page.weekday === undefined && page.hour === undefined) return 1
  const filter: CubeFilter = { from: c.from, to: c.to, countries: c.countries }
  let [total, inCell] = [0, 0]
  for (const r of queryCube(db, { family: 'hour', by: ['weekday', 'hour'], filter })) {
    total += r.count
    if ((page.weekday ?? r.weekday) === r.weekday && (page.hour ?? r.hour) === r.hour) inCell += r.count
  }
  return total === 0 ? 0 : inCell / total
}

/** Non-failed rows the cubes count for a filter. */
export const countedRows = (db: Db, filter: CubeFilter) => queryCube(db, { family: 'money', by: [], filter })[0]?.count ?? 0

/** At least this share of the rows read matching: one index of the whole store is read instead of the runs. */
const DENSE = 0.25

/**
 * By amount, a filter that keeps most of its period's rows reads the store's amount index too when that passes over
 * fewer entries than this before a page is found (about a page × all rows ÷ the filter's rows): the entries carry
 * the instant (migration 018), so only those in the period read the table. A month of 5,000,000 rows is about
 * 20,000 entries, against a seek per run (about 350 runs, 80 ms of CPU).
 */
const DENSE_SCAN = 50_000

/**
 * With no heatmap cell or search, a filter that keeps most of the rows read in the sort's order (by time: of the
 * period's; by amount: of the whole store's, or of the period's when DENSE_SCAN allows) reads the store's own time
 * or amount index from the cursor on and tests each row: about a page of rows, against one seek per run (about 350
 * on the demo store, 13 ms of CPU at 5,000,000 rows). Returns the filter as terms over the row, or null when the
 * runs are cheaper.
 */
export function denseFilter(db: Db, page: PageShape, f: ResolvedDashboardFilter, searched: boolean): Residual | null {
  if (page.weekday !== undefined || page.hour !== undefined || searched) return null
  const c = f.cube
  const period = countedRows(db, { from: c.from, to: c.to })
  const filtered = countedRows(db, { ...c, kinds: page.kinds })
  if (period === 0 || filtered === 0) return null
  if (page.sort === 'time') return filtered < DENSE * period ? null : rowFilter(db, page, c)
  const all = countedRows(db, { from: f.span.from, to: f.span.to })
  const scanned = ((page.limit + 1) * all) / filtered
  const dense = filtered >= DENSE * all || (filtered >= DENSE * period && scanned < DENSE_SCAN)
  return dense ? rowFilter(db, page, c) : null
}

/** The period's rows below this many: by amount, read in time order through transactions_time and sorted. */
const FEW_IN_PERIOD = 20_000

/**
 * By amount over a period of few rows (a day, a week), no search: its rows read in time order (about where they lie
 * in the table) and sorted, rather than a seek and a table read per run (a day took 50 ms of CPU through ~350 runs).
 */
export function fewInPeriod(db: Db, page: PageShape, c: CubeFilter, searched: boolean): boolean {
  return page.sort === 'amount' && !searched && countedRows(db, { from: c.from, to: c.to }) < FEW_IN_PERIOD
}

/** The whole filter as terms over a row of transaction_rows (merchants, kinds, methods, origins, the cell too). */
export function rowFilter(db: Db, page: PageShape, c: CubeFilter): Residual {
  const residual = residualOf(page, c)
  const terms: string[] = []
  const params: (string | number)[] = []
  const list = (sql: string, values: (string | number)[] | undefined) => {
    if (!values) return
    terms.push(`${sql} IN (${values.map(() => '?').join(', ') || 'NULL'})`)
    params.push(...values)
  }
  const merchants = c.countries
    ? (db
        .prepare(`SELECT id FROM merchants WHERE country IN (${c.countries.map(() => '?').join(', ')})`)
        .pluck()
        .all(...c.countries) as number[])
    : undefined
  list('merchant_id', merchants)
  list('merchant_id', c.merchantIds)
  list('kind_code', page.kinds?.map(kindCode))
  list(
    'method_code',
    c.methods?.map((m) => methodCode(m as 'alipay'))
  )
  if (c.cardOrigins) {
    terms.push(`(method_code <> ${CARD} OR origin_code IN (${c.cardOrigins.map(() => '?').join(', ')}))`)
    params.push(...c.cardOrigins.map((o) => originCode(o as (typeof CARD_ORIGINS)[number])))
  }
  const hour =
    page.hour === undefined ? [] : ['kassa_local_hour(occurred_at, (SELECT country FROM merchants WHERE id = merchant_id)) = ?']
  return {
    ...residual,
    indexed: [],
    table: [...residual.indexed, ...terms, ...residual.table, ...hour],
    params: [
      ...residual.params.slice(0, residual.indexedParams),
      ...params,
      ...residual.params.slice(residual.indexedParams),
      ...(page.hour === undefined ? [] : [page.hour])
    ],
    indexedParams: 0
  }
}

import type { Db } from '../db/open'
import type { ResolvedDashboardFilter } from './dashboard-filter'
import { COMPARABLE_AMOUNT_SQL } from './amount-key'
import { utcOffsetMs, type CountryCode } from '../time/zones'
import { sortKeyed, type ArmPage, type Keyed } from './transaction-arms'
import { prepared } from '../db/prepared'
import { cellShare, countedRows, type PageShape } from './transaction-order'
import type { CubeFilter } from './query'

/**
 * A heatmap cell (a local weekday, hour, or both) on the Transactions screen, read without the per-run indexes:
 * by amount, a merge of the UTC hours of the week that hold the cell's rows (migration 018); by time, or by amount
 * over a short period, the cell's hours day by day through the time index. Every entry read is tested exactly here:
 * its local hour, weekday and day at its merchant's offset on that instant, and its merchant × kind × method ×
 * origin among the page's arms.
 */

/** The UTC hour of the week, Monday 00 = 0, as migration 018 indexes it (the same text, or SQLite ignores it). */
export const HOUR_SLOT_SQL = '((occurred_at / 3600000 + 72) % 168)'

const HOUR = 3_600_000
const DAY = 86_400_000
const WEEK_HOURS = 168

/** A page of a cell: the arms say which merchant × kind × method × origin it keeps (filteredArms). */
export type CellPage = Omit<ArmPage, 'sorted'>
/** The page's filter: its period, and what it narrows (tested in SQL on the slots' entries too). */
export type CellFilter = Pick<
  CubeFilter,
  'from' | 'to' | 'merchantIds' | 'storeIds' | 'countries' | 'kinds' | 'methods' | 'cardOrigins'
>

interface Entry {
  id: number
  k: number
  at: number
  m: number
  kind: number
  method: number
  origin: number
}

export type CellPlan = 'slots' | 'days'

/** Relative costs, in index entries passed: a seek, and a row read from the table (the time index covers nothing). */
const SEEK = 150
const TABLE_ROW = 20

/**
 * Which of this module's reads costs least for a cell page, or null when the per-run merge (transaction-arms.ts)
 * does: a narrow filter (a merchant, a method) whose runs hold few rows. Estimated from the cubes: the rows of the
 * period and the filter, and the cell's share of the period's payments (the hour cubes).
 */
export function cellPlan(db: Db, shape: PageShape, f: ResolvedDashboardFilter, arms: CellPage['arms']): CellPlan | null {
  if ((shape.weekday === undefined && shape.hour === undefined) || arms.length === 0) return null
  const c = f.cube
  const take = shape.limit + 1
  const period = countedRows(db, { from: c.from, to: c.to })
  const filtered = countedRows(db, { ...c, kinds: shape.kinds })
  const span = countedRows(db, { from: f.span.from, to: f.span.to })
  if (period === 0 || filtered === 0) return null
  const share = cellShare(db, shape, c)
  const cellHours = shape.hour === undefined ? 24 : 1
  const days = (Date.parse(c.to) - Date.parse(c.from)) / DAY + 1
  const walked = shape.weekday === undefined ? days : days / 7
  // A day's window spans the cell's hours plus the spread of the countries' offsets (2 hours).
  const windowRows = period * share * ((cellHours + 2) / cellHours)
  const filterShare = filtered / period
  const daysCost =
    shape.sort === 'time'
      ? Math.min(windowRows, take / filterShare) * TABLE_ROW + Math.min(walked, (take / filterShare / windowRows) * walked) * SEEK
      : windowRows * TABLE_ROW + walked * SEEK
  // The UTC slots hold the cell's rows at every offset: about twice the cell, over all time.
  const slotEntries = 2 * span * share
  const matching = filtered * share
  const slotsCost =
    shape.sort === 'amount' ? Math.min(slotEntries, (take * slotEntries) / Math.max(matching, 1)) + 3 * SEEK : Infinity
  // The runs pass the filter's rows of the period (by time) or of all time (by amount) until a page is in the cell.
  const runRows = shape.sort === 'time' ? filtered : (filtered * span) / period
  const armsCost =
    arms.length * SEEK + Math.min(runRows, take / Math.max(share * (shape.sort === 'time' ? 1 : period / span), 1e-9))
  const best = Math.min(daysCost, slotsCost)
  if (best >= armsCost) return null
  return slotsCost <= daysCost ? 'slots' : 'days'
}

/** The next `take` rows of a cell by amount: the UTC hour slots it can lie in, each in amount order, merged. */
export function readCellSlots(db: Db, page: CellPage, filter: CellFilter): Keyed[] {
  const match = matcher(page, filter)
  const narrowed = narrowedColumns(filter)
  const groups = slotGroups(page, narrowed)
  const statement = prepared(db, slotSql(page, groups.length, narrowed))
  const indexedParams = page.residual.params.slice(0, page.residual.indexedParams)
  const end = page.direction === 'desc' ? Number.MAX_VALUE : -Number.MAX_VALUE
  let cursor = page.after ?? { key: end, id: end }
  const out: Keyed[] = []
  // Each batch larger: a cell that keeps few of its slots' entries (a short period, a rare country) reads on.
  for (let batch = Math.max(2 * page.take, 200); ; batch = Math.min(batch * 4, 100_000)) {
    const params: (string | number)[] = []
    for (const g of groups)
      params.push(g.slot, cursor.key, cursor.key, cursor.id, ...page.residual.instants, ...g.lists, ...indexedParams)
    params.push(batch)
    const entries = statement.all(...params) as Entry[]
    for (const e of entries) {
      if (!match(e)) continue
      out.push({ id: e.id, k: e.k })
      if (out.length === page.take) return out
    }
    if (entries.length < batch) return out
    const last = entries[entries.length - 1]
    cursor = { key: last.k, id: last.id }
  }
}

/**
 * The next `take` rows of a cell through the time index, one window of instants per day of the cell's weekday:
 * the cell's local hours at any of the countries' offsets. By time it stops at a full page; by amount it reads the
 * whole period's cell and sorts it.
 */
export function readCellDays(db: Db, page: CellPage, period: CellFilter): Keyed[] {
  const match = matcher(page, period)
  const desc = page.direction === 'desc'
  const byTime = page.sort === 'time'
  const offsets = page.arms.flatMap((a) => countryOffsets(a.country as CountryCode))
  const [least, most] = [Math.min(...offsets), Math.max(...offsets)]
  const [fromHour, toHour] = page.hour === undefined ? [0, 24] : [page.hour, page.hour + 1]
  const [first, last] = [Date.parse(period.from), Date.parse(period.to)]
  let start = desc ? last : first
  // By time, the days past the cursor's local day hold nothing still to list.
  if (byTime && page.after) {
    const day = Math.floor((page.after.key + (desc ? most : least)) / DAY) * DAY
    start = desc ? Math.min(last, day) : Math.max(first, day)
  }
  const dir = desc ? 'DESC' : 'ASC'
  const statement = prepared(
    db,
    `SELECT id, ${byTime ? 'occurred_at' : COMPARABLE_AMOUNT_SQL} AS k, occurred_at AS at, merchant_id AS m,
            kind_code AS kind, method_code AS method, origin_code AS origin
       FROM transaction_rows INDEXED BY transactions_time
      WHERE occurred_at >= ? AND occurred_at < ? ${page.residual.indexed.map((t) => `AND ${t}`).join(' ')}
      ORDER BY occurred_at ${dir}, id ${dir}`
  )
  const indexedParams = page.residual.params.slice(0, page.residual.indexedParams)
  const beyond = cursorTest(page)
  const out: Keyed[] = []
  for (let day = start; desc ? day >= first : day <= last; day += desc ? -DAY : DAY) {
    if (page.weekday !== undefined && (day / DAY + 3) % 7 !== page.weekday) continue
    const window = [day + fromHour * HOUR - most, day + toHour * HOUR - least]
    for (const e of statement.all(...window, ...indexedParams) as Entry[])
      if (beyond(e) && match(e)) out.push({ id: e.id, k: e.k })
    if (byTime && out.length >= page.take) break
  }
  return byTime ? out.slice(0, page.take) : sortKeyed(out, page.direction).slice(0, page.take)
}

/** The local hours of the week (Monday 00 = 0) the cell covers. */
function localSlots(page: CellPage): Set<number> {
  const days = page.weekday === undefined ? [0, 1, 2, 3, 4, 5, 6] : [page.weekday]
  const hours = page.hour === undefined ? Array.from({ length: 24 }, (_, h) => h) : [page.hour]
  return new Set(days.flatMap((d) => hours.map((h) => d * 24 + h)))
}

/** A country's UTC offsets in winter and summer (all four switch on the EU's instants). */
function countryOffsets(country: CountryCode): [number, number] {
  return [utcOffsetMs(Date.UTC(2024, 0, 15), country), utcOffsetMs(Date.UTC(2024, 6, 15), country)]
}

const COLUMNS = ['merchant_id', 'kind_code', 'method_code', 'origin_code'] as const
type Column = (typeof COLUMNS)[number]
const ARM_FIELD = { merchant_id: 'merchantId', kind_code: 'kind', method_code: 'method', origin_code: 'origin' } as const

/**
 * The run columns the filter narrows, tested in SQL as JSON lists of the page's values: each list costs a table
 * built per arm and statement (a weekday's 26 arms of every merchant doubled the read), so a column the filter
 * leaves whole is tested by the matcher alone.
 */
function narrowedColumns(f: CellFilter): Column[] {
  const merchants = f.merchantIds ?? f.storeIds ?? f.countries
  const narrowed = [merchants, f.kinds, f.methods, f.cardOrigins]
  return COLUMNS.filter((_, i) => narrowed[i] !== undefined)
}

/**
 * One arm per UTC slot that a local slot of the cell maps to at some country's offset, with the page's values of
 * the narrowed columns among those countries' runs: an hour at +1/+2 and at +2/+3 (Finland) lies in three UTC
 * slots, the middle one holding both.
 */
function slotGroups(page: CellPage, narrowed: Column[]): { slot: number; lists: string[] }[] {
  const countries = new Map<number, Set<string>>()
  for (const local of localSlots(page))
    for (const country of new Set(page.arms.map((a) => a.country)))
      for (const offset of countryOffsets(country as CountryCode)) {
        const slot = (((local - offset / HOUR) % WEEK_HOURS) + WEEK_HOURS) % WEEK_HOURS
        if (!countries.has(slot)) countries.set(slot, new Set())
        countries.get(slot)!.add(country)
      }
  return [...countries].map(([slot, kept]) => {
    const arms = page.arms.filter((a) => kept.has(a.country))
    return { slot, lists: narrowed.map((c) => JSON.stringify([...new Set(arms.map((a) => a[ARM_FIELD[c]]))])) }
  })
}

function slotSql(page: CellPage, arms: number, narrowed: Column[]): string {
  const key = COMPARABLE_AMOUNT_SQL
  const op = page.direction === 'desc' ? '<' : '>'
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC'
  const terms = [
    `${HOUR_SLOT_SQL} = ?`,
    // Not the row value (key, id) < (?, ?): SQLite seeks by it on a column but not on the amount's expression.
    `${key} ${op}= ? AND (${key} ${op} ? OR id ${op} ?)`,
    'occurred_at BETWEEN ? AND ?',
    ...narrowed.map((c) => `${c} IN (SELECT value FROM json_each(?))`),
    ...page.residual.indexed
  ]
  const arm = `SELECT id, ${key} AS k, occurred_at AS at, merchant_id AS m, kind_code AS kind, method_code AS method,
                      origin_code AS origin
                 FROM transaction_rows INDEXED BY transactions_hour_slot WHERE ${terms.join(' AND ')}`
  return `${Array.from({ length: arms }, () => arm).join('\n UNION ALL ')} ORDER BY k ${dir}, id ${dir} LIMIT ?`
}

/** Whether an entry is the page's: its merchant's run is an arm, and its local instant is in the cell and period. */
function matcher(page: CellPage, period: CellFilter): (e: Entry) => boolean {
  const slots = localSlots(page)
  const arms = new Set(page.arms.map((a) => `${a.merchantId}:${a.kind}:${a.method}:${a.origin}`))
  const countryOf = new Map(page.arms.map((a) => [a.merchantId, a.country as CountryCode]))
  const [from, to] = [Date.parse(period.from), Date.parse(period.to) + DAY]
  return (e) => {
    const country = countryOf.get(e.m)
    if (!country || !arms.has(`${e.m}:${e.kind}:${e.method}:${e.origin}`)) return false
    const local = e.at + utcOffsetMs(e.at, country)
    return local >= from && local < to && slots.has((Math.floor(local / HOUR) + 72) % WEEK_HOURS)
  }
}

/** Whether an entry lies past the page's cursor in its order. */
function cursorTest(page: CellPage): (e: Entry) => boolean {
  const after = page.after
  if (!after) return () => true
  return page.direction === 'desc'
    ? (e) => e.k < after.key || (e.k === after.key && e.id < after.id)
    : (e) => e.k > after.key || (e.k === after.key && e.id > after.id)
}

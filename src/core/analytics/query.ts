import type { Db } from '../db/open'
import { addDays, weekdayOf as weekday } from '../time/zones'
import {
  COMBOS,
  CUBES,
  amountColumn,
  combosFor,
  packedKey,
  rowKeys,
  type Cube,
  type Family,
  type Grain,
  type Level,
  type Target
} from '../rollup/cubes'
import { ensureCubes } from '../rollup'
import { unpackSql } from '../rollup/packed-cells'
import { prepared, preparedRaw } from '../db/prepared'
import { addPacked, groupId, packedRows, packedRowsSql, readsPacked, type PackedSums } from './packed-reads'
import { bucketSql, convertSql, weekdaySql } from '../rollup/sql'

/** A filter already resolved to ids and a closed day range. */
export interface CubeFilter {
  from: string
  to: string
  countries?: string[]
  merchantIds?: number[]
  storeIds?: number[]
  methods?: string[]
  /** Restricts card rows to these origins; non-card rows (Alipay) are kept. */
  cardOrigins?: string[]
  kinds?: ('payment' | 'refund')[]
  /** 'raw' answers the same question from the transactions table (benchmark reference and tests). */
  source?: 'cubes' | 'raw'
}

export type Dim =
  | 'day'
  | 'week'
  | 'month'
  | 't'
  | 'country'
  | 'merchant'
  | 'store'
  | 'method'
  | 'origin'
  | 'kind'
  | 'weekday'
  | 'hour'
  | 'currency'
  | 'bucket'

export interface CubeQuery {
  family: Family
  by: Dim[]
  filter: CubeFilter
  /** Reporting currency of `amount` (money cubes). */
  target?: Target
  /** Hour and ticket cubes: also return each method × origin column (n_alipay, …), zero when filtered out. */
  perCombo?: boolean
}

export type CubeRow = Record<string, string | number> & { count: number; amount: number }

const DIM_SQL: Record<Dim, string> = {
  day: 't',
  week: "date(t, 'weekday 0', '-6 days')",
  month: 'substr(t, 1, 7)',
  t: 't',
  country: 'country',
  merchant: 'merchant_id',
  store: 'store_id',
  method: 'method',
  origin: 'origin',
  kind: 'kind',
  weekday: 'weekday',
  hour: 'hour',
  currency: 'currency',
  bucket: 'bucket'
}

function levelOf(q: CubeQuery): Level {
  if (q.by.includes('store') || q.filter.storeIds) return 'store'
  if (q.by.includes('merchant') || q.filter.merchantIds) return 'merchant'
  return 'country'
}

const lastDayOfMonth = (month: string) => addDays(addDays(month + '-01', 32).slice(0, 7) + '-01', -1)

type Part = { grain: Grain; from: string; to: string }

/** [a, b] as the days before the first whole Monday–Sunday week, the whole weeks (by Monday), the days after. */
export function splitWeeks(a: string, b: string): Part[] {
  const firstMonday = weekday(a) === 0 ? a : addDays(a, 7 - weekday(a))
  const lastSunday = weekday(b) === 6 ? b : addDays(b, -(weekday(b) + 1))
  if (addDays(firstMonday, 6) > lastSunday) return [{ grain: 'day', from: a, to: b }]
  const parts: Part[] = []
  if (a < firstMonday) parts.push({ grain: 'day', from: a, to: addDays(firstMonday, -1) })
  parts.push({ grain: 'week', from: firstMonday, to: addDays(lastSunday, -6) })
  if (lastSunday < b) parts.push({ grain: 'day', from: addDays(lastSunday, 1), to: b })
  return parts
}

/**
 * Splits [from, to] into whole months (read from month cubes) and, around them, whole weeks and days
 * that never cross a month's end (so a week row can still be grouped by month).
 */
export function splitRange(from: string, to: string): Part[] {
  const firstWhole = from.slice(8) === '01' ? from.slice(0, 7) : addDays(from.slice(0, 7) + '-01', 32).slice(0, 7)
  const lastWhole = to === lastDayOfMonth(to.slice(0, 7)) ? to.slice(0, 7) : addDays(to.slice(0, 7) + '-01', -1).slice(0, 7)
  if (firstWhole > lastWhole) {
    if (from.slice(0, 7) === to.slice(0, 7)) return splitWeeks(from, to)
    return [...splitWeeks(from, lastDayOfMonth(from.slice(0, 7))), ...splitWeeks(to.slice(0, 7) + '-01', to)]
  }
  const parts: Part[] = []
  if (from < firstWhole + '-01') parts.push(...splitWeeks(from, addDays(firstWhole + '-01', -1)))
  parts.push({ grain: 'month', from: firstWhole, to: lastWhole })
  const afterWhole = addDays(lastDayOfMonth(lastWhole), 1)
  if (afterWhole <= to) parts.push(...splitWeeks(afterWhole, to))
  return parts
}

const placeholders = (n: number) => Array(n).fill('?').join(', ') || 'NULL'
const dayMs = (day: string) => Date.parse(day + 'T00:00:00Z')

const cubeAt = (family: Family, grain: Grain, level: Level) =>
  CUBES.find((c) => c.family === family && c.grain === grain && c.level === level)

/** Whole weeks (keyed by their Mondays) as the days they span, for a family without week cubes. */
const asDays = (p: Part): Part => ({ grain: 'day', from: p.from, to: addDays(p.to, 6) })

/** Whole months as the days they span. */
const monthsAsDays = (p: Part): Part => ({ grain: 'day', from: p.from + '-01', to: lastDayOfMonth(p.to) })

/** The table that holds one family at one grain and level, or raw rows where no cube does (hour and ticket × store). */
function source(family: Family, grain: Grain, level: Level, target: Target, part: Part, q: CubeQuery) {
  const cube = q.filter.source === 'raw' ? undefined : cubeAt(family, grain, level)
  // Parts without a cube were turned into days (queryCube).
  if (!cube) return rawSource(family, target, part, q.filter.storeIds)
  const sql = cube.packed ? `(${unpackSql(cube.table, rowKeys(cube), packedKey(cube))})` : cube.table
  return { sql, params: [] as (string | number)[] }
}

/** One raw payment as a row of an hour or ticket cube: its keys and a 1 in its method × origin column. */
function factColumns(family: Family): string {
  const keys =
    family === 'hour'
      ? `${weekdaySql('tx.day')} AS weekday, kassa_local_hour(tx.occurred_at, m.country) AS hour`
      : `tx.currency, ${bucketSql('tx.amount')} AS bucket`
  return [
    keys,
    ...COMBOS.map((c) => `CASE WHEN ${c.sql.replace(/\b(method|origin)\b/g, 'tx.$1')} THEN 1 ELSE 0 END AS ${c.column}`)
  ].join(', ')
}

/** The same rows a cube holds, computed from raw transactions: payments and refunds grouped into daily cells. */
function rawSource(family: Family, target: Target, part: { from: string; to: string }, storeIds?: number[]) {
  const bounds: (string | number)[] = [part.from, part.to, dayMs(part.from) - 86_400_000, dayMs(part.to) + 2 * 86_400_000]
  // A store's rows are reached through its merchant's (merchant_id, occurred_at) index.
  const byStore = (merchantColumn: string) =>
    storeIds ? ` AND ${merchantColumn} IN (SELECT merchant_id FROM stores WHERE id IN (${placeholders(storeIds.length)}))` : ''
  if (storeIds) bounds.push(...storeIds)
  if (family === 'money') {
    const t = target.toLowerCase()
    return {
      sql: `(SELECT r.day AS t, m.country, r.merchant_id, r.store_id, r.method, r.origin, r.kind, r.count,
                    ${convertSql(target)} AS ${amountColumn(target)}
               FROM (SELECT day, merchant_id, COALESCE(store_id, 0) AS store_id, method, origin, currency, kind,
                            COUNT(*) AS count, SUM(amount) AS amount
                       FROM transactions
                      WHERE status <> 'failed' AND day BETWEEN ? AND ? AND occurred_at BETWEEN ? AND ?${byStore('merchant_id')}
                      GROUP BY day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind) r
               JOIN merchants m ON m.id = r.merchant_id
               JOIN fx_daily fs ON fs.day = r.day AND fs.currency = r.currency
               LEFT JOIN fx_daily f_${t} ON f_${t}.day = r.day AND f_${t}.currency = '${target}')`,
      params: bounds
    }
  }
  return {
    sql: `(SELECT tx.day AS t, m.country, tx.merchant_id, tx.store_id, ${factColumns(family)}, 1 AS count
             FROM transactions tx JOIN merchants m ON m.id = tx.merchant_id
            WHERE tx.kind = 'payment' AND tx.status <> 'failed' AND tx.day BETWEEN ? AND ? AND tx.occurred_at BETWEEN ? AND ?${byStore('tx.merchant_id')})`,
    params: bounds
  }
}

function whereOf(f: CubeFilter, family: Family, seekMethod = false): { sql: string; params: (string | number)[] } {
  const clauses: string[] = []
  const params: (string | number)[] = []
  const inList = (col: string, values: (string | number)[] | undefined) => {
    if (!values) return
    clauses.push(`${col} IN (${placeholders(values.length)})`)
    params.push(...values)
  }
  inList('country', f.countries)
  inList('merchant_id', f.merchantIds)
  inList('store_id', f.storeIds)
  // Hour and ticket cubes filter methods and card origins by picking columns instead.
  if (family === 'money') {
    // A one-value list is an equality to SQLite, which then sorts the store breakdown's month rows that the entity
    // index (groupOrderIndex) hands over in group order already; only the adoption index seeks on method.
    inList(seekMethod ? 'method' : '+method', f.methods)
    if (f.cardOrigins) {
      clauses.push(`(method <> 'card' OR origin IN (${placeholders(f.cardOrigins.length)}))`)
      params.push(...f.cardOrigins)
    }
    inList('kind', f.kinds)
  }
  return { sql: clauses.length ? ' AND ' + clauses.join(' AND ') : '', params }
}

const monday = (day: string) => addDays(day, -weekday(day))

/**
 * First and last day in a family's cubes (hour and ticket cubes may hold days the money cubes lack a rate for).
 * Two subqueries: SQLite seeks the primary key for a lone MIN or MAX but scans the table for both at once.
 */
function dataBounds(db: Db, family: Family): { first: string; last: string } | null {
  const table = CUBES.find((c) => c.family === family && c.grain === 'day' && c.level === 'country')?.table
  const row = prepared(db, `SELECT (SELECT MIN(t) FROM ${table}) AS first, (SELECT MAX(t) FROM ${table}) AS last`).all()[0] as {
    first: string | null
    last: string | null
  }
  return row.first && row.last ? { first: row.first, last: row.last } : null
}

/**
 * The cube reads of a question. A family's cubes hold nothing outside its first and last day, so a range
 * reaching past either end is widened there to a whole month (or week): "year to date", "last 12 months"
 * and "all" then read one month row instead of a ragged end of day rows, with the same sums.
 */
function partsOf(db: Db, q: CubeQuery): Part[] {
  let { from, to } = q.filter
  if (q.filter.source === 'raw') return [{ grain: 'day', from, to }]
  const bounds = dataBounds(db, q.family)
  if (!bounds || from > bounds.last || to < bounds.first) return []
  const byWeek = q.by.includes('week')
  // A week row is keyed by its Monday and may reach into the next month: grouped by month too, read days.
  if (q.by.includes('day') || (byWeek && q.by.includes('month'))) return [{ grain: 'day', from, to }]
  if (from <= bounds.first) from = byWeek ? monday(bounds.first) : bounds.first.slice(0, 7) + '-01'
  if (to >= bounds.last) to = byWeek ? addDays(monday(bounds.last), 6) : lastDayOfMonth(bounds.last.slice(0, 7))
  return byWeek ? splitWeeks(from, to) : splitRange(from, to)
}

const monthsIn = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1

/**
 * A covering index in group order that a long range reads faster than the primary key's t range, which SQLite
 * must then sort; the planner has no statistics to see that, so it is named here (INDEXED BY). For a short range
 * the t range reads fewer rows. The store breakdown over at least a quarter of the months with data reads the
 * month × store money cube through its (merchant_id, store_id, method, origin, kind, …) index (migration 16: all
 * time 7.7 → 3.1 ms of CPU, twelve months 4.2 → 2.4 ms, three months 1.6 → 1.7 ms); the heatmap reads the month ×
 * country hour cube through its (weekday, hour, t, …) index on the same rule (migration 22).
 */
function groupOrderIndex(db: Db, q: CubeQuery, level: Level, part: Part): string | undefined {
  if (part.grain !== 'month' || q.filter.source === 'raw') return undefined
  const by = q.by.join(',')
  const long = (share: number) => {
    const bounds = dataBounds(db, q.family)
    return !!bounds && share * monthsIn(part.from, part.to) >= monthsIn(bounds.first, bounds.last)
  }
  const entity = by === 'merchant,store,method,origin,kind' && !q.filter.merchantIds && !q.filter.storeIds
  if (q.family === 'money' && level === 'store' && entity && long(4)) return 'money_month_store_entity'
  if (q.family === 'hour' && level === 'country' && by === 'weekday,hour' && long(4)) return 'hours_month_country_cell'
  // The adoption chart: a few methods and kinds over every month, grouped as that index orders them (migration 22).
  const adoption = by === 'country,month,merchant' && q.filter.methods && q.filter.kinds && !q.filter.storeIds
  if (q.family === 'money' && level === 'merchant' && adoption) return 'money_month_merchant_adoption'
  return undefined
}

/** The parts a question reads and the level of cube it reads them from (a grain without a cube read as days). */
function partsToRead(db: Db, q: CubeQuery): { level: Level; parts: Part[] } {
  ensureCubes(db)
  const level = levelOf(q)
  const parts = partsOf(db, q).map((p) =>
    p.grain === 'day' || cubeAt(q.family, p.grain, level) ? p : p.grain === 'week' ? asDays(p) : monthsAsDays(p)
  )
  return { level, parts }
}

/**
 * The cell sums of a question every part of which is read from packed cubes, per group of its stored keys, for a
 * caller that walks the cells itself instead of queryCube's rows; undefined when a part is not (raw rows, a store).
 */
export function queryPackedSums(db: Db, q: CubeQuery): PackedSums | undefined {
  if (q.filter.source === 'raw') return undefined
  const { level, parts } = partsToRead(db, q)
  const cubes = parts.map((p) => cubeAt(q.family, p.grain, level))
  if (!cubes.every((c) => c?.packed && readsPacked(c, q.by))) return undefined
  const where = whereOf(q.filter, q.family)
  const sums: PackedSums = new Map()
  for (let i = 0; i < parts.length; i++) {
    const cube = cubes[i] as Cube
    const rows = preparedRaw(db, packedRowsSql(cube, q.by, where.sql)).all(parts[i].from, parts[i].to, ...where.params)
    addPacked(sums, cube, q.by, rows as unknown[][])
  }
  return sums
}

/** Answers one grouped question from the cheapest cubes that hold it; sums are exact integers. */
export function queryCube(db: Db, q: CubeQuery): CubeRow[] {
  const target = q.target ?? 'NOK'
  const { level, parts } = partsToRead(db, q)
  if (parts.length === 0) return []
  // A month cube's t is the month already: grouping by it lets SQLite use the order an index holds. A week cube's t is
  // its Monday already, which date() computed again for every row.
  const ownT = (d: Dim, grain: Grain) => (d === 'month' && grain === 'month') || (d === 'week' && grain === 'week')
  const dimsOf = (grain: Grain) => q.by.map((d) => `${ownT(d, grain) ? 't' : DIM_SQL[d]} AS ${d}`)
  const kept = combosFor(q.filter.methods, q.filter.cardOrigins)
  const measuresOf = (sum: (column: string) => string) =>
    q.family === 'money'
      ? [`${sum('count')} AS count`, `${sum(amountColumn(target))} AS amount`]
      : [
          `${sum(kept.map((c) => c.column).join(' + ') || '0')} AS count`,
          '0 AS amount',
          ...(q.perCombo ? COMBOS.map((c) => (kept.includes(c) ? sum(c.column) : '0') + ` AS ${c.column}`) : [])
        ]
  const where = whereOf(q.filter, q.family)
  const sqlParts: string[] = []
  const params: (string | number)[] = []
  const packed: PackedSums = new Map()
  let packedCube: Cube | undefined
  const cubeOf = (part: Part) => (q.filter.source === 'raw' ? undefined : cubeAt(q.family, part.grain, level))
  const inJs = (cube: Cube | undefined) => !!cube?.packed && readsPacked(cube, q.by)
  const sqlReads = parts.filter((p) => !inJs(cubeOf(p))).length
  for (const part of parts) {
    const cube = cubeOf(part)
    if (cube && inJs(cube)) {
      const rows = preparedRaw(db, packedRowsSql(cube, q.by, where.sql)).all(part.from, part.to, ...where.params)
      addPacked(packed, cube, q.by, rows as unknown[][])
      packedCube = cube
      continue
    }
    const src = source(q.family, part.grain, level, target, part, q)
    const index = groupOrderIndex(db, q, level, part)
    if (index) src.sql += ` INDEXED BY ${index}`
    const partWhere = index === 'money_month_merchant_adoption' ? whereOf(q.filter, q.family, true) : where
    // Parts are summed again by groups around their union: a part SQLite would sort to group (none read through a
    // group-order index) hands its rows over as they are, sorted once there instead of twice.
    const grouped = sqlReads === 1 || !!index
    sqlParts.push(
      `SELECT ${[...dimsOf(part.grain), ...measuresOf(grouped ? (c) => `SUM(${c})` : (c) => c)].join(', ')}
         FROM ${src.sql} WHERE t BETWEEN ? AND ?${partWhere.sql}
        ${q.by.length && grouped ? `GROUP BY ${q.by.map((_, i) => i + 1).join(', ')}` : ''}`
    )
    const range = part.grain === 'month' ? [part.from.slice(0, 7), part.to.slice(0, 7)] : [part.from, part.to]
    params.push(...src.params, ...range, ...partWhere.params)
  }
  const fromJs = packedCube ? packedRows(packed, packedCube, q.by, kept, !!q.perCombo) : []
  if (sqlParts.length === 0) return finish(fromJs, q)
  const sums = ['count', 'amount', ...(q.perCombo && q.family !== 'money' ? COMBOS.map((c) => c.column) : [])].map(
    (c) => `SUM(${c}) AS ${c}`
  )
  const sql =
    sqlParts.length === 1
      ? sqlParts[0]
      : `SELECT ${[...q.by, ...sums].join(', ')} FROM (${sqlParts.join(' UNION ALL ')})
         ${q.by.length ? `GROUP BY ${q.by.join(', ')}` : ''}`
  const rows = prepared(db, sql).all(...params) as CubeRow[]
  if (!packedCube) return rows.filter((r) => r.count !== null && r.count !== 0)
  const byId = new Map(fromJs.map((r) => [groupId(q.by.map((d) => r[d])), r]))
  for (const r of rows) {
    const sum = byId.get(groupId(q.by.map((d) => r[d])))
    if (!sum) fromJs.push({ ...r })
    else
      for (const m of q.perCombo ? ['count', ...COMBOS.map((c) => c.column)] : ['count'])
        sum[m] = Number(sum[m] ?? 0) + Number(r[m] ?? 0)
  }
  return finish(fromJs, q)
}

/** Groups summed in JavaScript as the SQL would give them: in group order, the same columns, no empty group. */
function finish(sums: Record<string, string | number>[], q: CubeQuery): CubeRow[] {
  const rows = sums.filter((r) => r.count !== 0 && r.count !== null) as CubeRow[]
  const order = (a: CubeRow, b: CubeRow) => {
    for (const d of q.by) if (a[d] !== b[d]) return a[d] < b[d] ? -1 : 1
    return 0
  }
  return rows.sort(order)
}

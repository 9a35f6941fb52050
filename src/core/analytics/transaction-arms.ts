import type { Db } from '../db/open'
import { COMPARABLE_AMOUNT_SQL } from './amount-key'
import { utcOffsetMs, type CountryCode } from '../time/zones'
import { kindCode, methodCode, originCode, type Kind, type Method, type Origin } from '../db/transaction-codes'
import { prepared } from '../db/prepared'

/** One run of migration 015's indexes: the rows of one merchant, kind, method and origin (codes). */
export interface Combo {
  merchantId: number
  kind: number
  method: number
  origin: number
}

/**
 * Every merchant × kind × method × origin with rows in the months from `from` to `to` ('YYYY-MM'), failed rows
 * aside: the month × merchant money cube holds them, a few hundred rows a year.
 */
export function cubeCombos(db: Db, from: string, to: string): Combo[] {
  const rows = prepared(
    db,
    'SELECT DISTINCT merchant_id AS merchantId, kind, method, origin FROM money_month_merchant WHERE t BETWEEN ? AND ?'
  ).all(from, to) as { merchantId: number; kind: Kind; method: Method; origin: Origin }[]
  return rows.map((r) => ({
    merchantId: r.merchantId,
    kind: kindCode(r.kind),
    method: methodCode(r.method),
    origin: originCode(r.origin)
  }))
}

/**
 * Every merchant × kind × method × origin the store holds, failed rows too (no cube counts them): one seek of
 * transactions_page_time past each. Seeks from here, not a recursive query: SQLite seeks only by the first column
 * when the bound comes from the step before (5.5× the time at 500,000 rows).
 */
export function storedCombos(db: Db): Combo[] {
  const first = prepared(
    db,
    `SELECT merchant_id AS merchantId, kind_code AS kind, method_code AS method, origin_code AS origin
       FROM transaction_rows INDEXED BY transactions_page_time
      ORDER BY merchant_id, kind_code, method_code, origin_code LIMIT 1`
  )
  const after = prepared(
    db,
    `SELECT merchant_id AS merchantId, kind_code AS kind, method_code AS method, origin_code AS origin
       FROM transaction_rows INDEXED BY transactions_page_time
      WHERE (merchant_id, kind_code, method_code, origin_code) > (?, ?, ?, ?)
      ORDER BY merchant_id, kind_code, method_code, origin_code LIMIT 1`
  )
  const out: Combo[] = []
  for (let c = first.all()[0] as Combo | undefined; c; c = after.all(c.merchantId, c.kind, c.method, c.origin)[0] as Combo)
    out.push(c)
  return out
}

/**
 * A filter every arm applies the same way: SQL over the bare columns of transaction_rows and its values, in two
 * parts: terms the index entries answer, tested first, and terms that read the table row.
 */
export interface Residual {
  /** The period's UTC instants, a loose bound (a local day is 1–3 hours ahead of UTC) the index answers. */
  instants: [number, number]
  indexed: string[]
  table: string[]
  /** The values of the indexed terms, then of the table terms. */
  params: (string | number)[]
  indexedParams: number
}

export interface ArmPage {
  sort: 'time' | 'amount'
  direction: 'asc' | 'desc'
  /** Each arm with its merchant's country (the local hour of a heatmap cell is the merchant's). */
  arms: (Combo & { country: string })[]
  residual: Residual
  /** The heatmap cell's local hour, tested per arm with its country. */
  hour?: number
  /** The heatmap cell's weekday (Monday = 0); the residual tests it exactly on the local day. */
  weekday?: number
  /** Read the period through the time index and sort, instead of merging the sort's own order. */
  sorted: boolean
  after?: { key: number; id: number }
  /** Rows wanted (a page and one more, to know whether another follows). */
  take: number
}

export interface Keyed {
  id: number
  k: number
}

export const keySql = (sort: 'time' | 'amount') => (sort === 'amount' ? COMPARABLE_AMOUNT_SQL : 'occurred_at')

/**
 * Arms per statement: SQLite merges at most 500 SELECTs in one compound and binds at most 32,766 values, and parses
 * a long statement slowly.
 */
const ARMS_PER_STATEMENT = 200
const VALUES_PER_STATEMENT = 30_000

/**
 * The ids and sort keys of the next `take` rows, in the page's order. Each arm reads its own index in the sort's
 * order from the cursor on, and SQLite merges the arms (MERGE (UNION ALL)), so it stops after `take` rows plus those
 * the residual turns away; no OFFSET, no sort of the whole filter. More arms than one statement holds are read
 * statement by statement, each for `take` rows, and merged here.
 */
export function readArms(db: Db, page: ArmPage): Keyed[] {
  const out: Keyed[] = []
  const perArm = 20 + page.residual.params.length
  const size = Math.max(1, Math.min(ARMS_PER_STATEMENT, Math.floor(VALUES_PER_STATEMENT / perArm)))
  for (let i = 0; i < page.arms.length; i += size) {
    const arms = padded(page.arms.slice(i, i + size), size)
    const { sql, params } = statement(page, arms)
    out.push(...(prepared(db, sql).all(...params) as Keyed[]))
  }
  if (page.arms.length <= size) return out
  return sortKeyed(out, page.direction).slice(0, page.take)
}

/**
 * Arm counts a statement is built for: a statement of 200 arms took 50–90 ms of CPU to prepare at 5,000,000 rows,
 * about what the page itself costs, so the counts are few and the statements cached; the arms beyond the
 * filter's read nothing (merchant -1).
 */
const SIZES = [10, 25, 50, 100, 200]

function padded(arms: ArmPage['arms'], max: number): ArmPage['arms'] {
  const size = Math.min(max, SIZES.find((s) => s >= arms.length) ?? max)
  const none = { merchantId: -1, kind: 0, method: 0, origin: 0, country: 'NO' }
  return arms.length >= size ? arms : [...arms, ...Array.from({ length: size - arms.length }, () => none)]
}

/**
 * The next `take` rows in the sort's order through one index of the whole store, (occurred_at, id) or (amount key,
 * id), each row tested by `filter`.
 */
export function readInStoreOrder(db: Db, page: Omit<ArmPage, 'arms' | 'sorted'>, filter: Residual): Keyed[] {
  if (page.sort === 'amount') return readInAmountOrder(db, page, filter)
  const op = page.direction === 'desc' ? '<' : '>'
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC'
  const [from, to] = filter.instants
  const [near, far] = page.direction === 'desc' ? [to, from] : [from, to]
  const after = page.after ?? { key: near, id: page.direction === 'desc' ? Number.MAX_VALUE : -Number.MAX_VALUE }
  const seek = page.direction === 'desc' ? Math.min(after.key, near) : Math.max(after.key, near)
  const terms = [
    `occurred_at ${op}= ? AND (occurred_at ${op} ? OR id ${op} ?)`,
    `occurred_at ${op === '<' ? '>' : '<'}= ?`,
    ...filter.table
  ]
  const sql = `SELECT id, occurred_at AS k FROM transaction_rows INDEXED BY transactions_time WHERE ${terms.join(' AND ')}
                ORDER BY occurred_at ${dir}, id ${dir} LIMIT ?`
  return prepared(db, sql).all(seek, after.key, after.id, far, ...filter.params, page.take) as Keyed[]
}

function readInAmountOrder(db: Db, page: Omit<ArmPage, 'arms' | 'sorted'>, filter: Residual): Keyed[] {
  const key = keySql('amount')
  const op = page.direction === 'desc' ? '<' : '>'
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC'
  const end = page.direction === 'desc' ? Number.MAX_VALUE : -Number.MAX_VALUE
  const after = page.after ?? { key: end, id: end }
  const terms = [`${key} ${op}= ? AND (${key} ${op} ? OR id ${op} ?)`, 'occurred_at BETWEEN ? AND ?', ...filter.table]
  const sql = `SELECT id, ${key} AS k FROM transaction_rows INDEXED BY transactions_amount_key WHERE ${terms.join(' AND ')}
                ORDER BY k ${dir}, id ${dir} LIMIT ?`
  return prepared(db, sql).all(after.key, after.key, after.id, ...filter.instants, ...filter.params, page.take) as Keyed[]
}

/** The next `take` rows by amount among the period's, read through transactions_time and sorted. */
export function readPeriodSorted(db: Db, page: Omit<ArmPage, 'arms' | 'sorted'>, filter: Residual): Keyed[] {
  const key = keySql('amount')
  const op = page.direction === 'desc' ? '<' : '>'
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC'
  const end = page.direction === 'desc' ? Number.MAX_VALUE : -Number.MAX_VALUE
  const after = page.after ?? { key: end, id: end }
  const terms = ['occurred_at BETWEEN ? AND ?', ...filter.table, `${key} ${op}= ? AND (${key} ${op} ? OR id ${op} ?)`]
  const sql = `SELECT id, ${key} AS k FROM transaction_rows INDEXED BY transactions_time WHERE ${terms.join(' AND ')}
                ORDER BY k ${dir}, id ${dir} LIMIT ?`
  return prepared(db, sql).all(...filter.instants, ...filter.params, after.key, after.key, after.id, page.take) as Keyed[]
}

export function sortKeyed(rows: Keyed[], direction: 'asc' | 'desc'): Keyed[] {
  const sign = direction === 'desc' ? -1 : 1
  return rows.sort((a, b) => sign * (a.k - b.k || a.id - b.id))
}

function statement(page: ArmPage, arms: ArmPage['arms']) {
  const key = keySql(page.sort)
  const index = page.sorted || page.sort === 'time' ? 'transactions_page_time' : 'transactions_page_amount'
  const op = page.direction === 'desc' ? '<' : '>'
  // The first page seeks from beyond either end, so it shares its statement with the pages after it.
  const end = page.direction === 'desc' ? Number.MAX_VALUE : -Number.MAX_VALUE
  const after = page.after ?? { key: end, id: end }
  const [from, to] = page.residual.instants
  const [near, far] = page.direction === 'desc' ? [to, from] : [from, to]
  const seek = page.direction === 'desc' ? Math.min(after.key, near) : Math.max(after.key, near)
  const dir = page.direction === 'desc' ? 'DESC' : 'ASC'
  const terms = ['merchant_id = ?', 'kind_code = ?', 'method_code = ?', 'origin_code = ?']
  // Not the row value (key, id) > (?, ?): SQLite seeks by it on a column but not on the amount's expression.
  const cursor = `${key} ${op}= ? AND (${key} ${op} ? OR id ${op} ?)`
  // Sorted, the cursor is no seek: the amount comes from the table, so it is tested last, on the cell's rows only.
  if (!page.sorted) terms.push(cursor)
  // By time the cursor's bound is the period's too (the nearer of the two): given both, SQLite seeks by one only.
  const byTime = page.sort === 'time'
  terms.push(byTime ? `occurred_at ${op === '<' ? '>' : '<'}= ?` : 'occurred_at BETWEEN ? AND ?')
  terms.push(...page.residual.indexed)
  // A heatmap cell is first tested in plain arithmetic on the index entry, at the country's winter and summer
  // offsets (a superset), before the exact local hour (a call into JavaScript) and local day (a table read).
  if (page.hour !== undefined) terms.push(`occurred_at / ${HOUR} % 24 IN (?, ?)`)
  if (page.weekday !== undefined)
    terms.push(`(((occurred_at + ?) / ${DAY} + 3) % 7 = ? OR ((occurred_at + ?) / ${DAY} + 3) % 7 = ?)`)
  if (page.hour !== undefined) terms.push('kassa_local_hour(occurred_at, ?) = ?')
  terms.push(...page.residual.table)
  if (page.sorted) terms.push(cursor)
  const arm = `SELECT id, ${key} AS k FROM transaction_rows INDEXED BY ${index} WHERE ${terms.join(' AND ')}`
  const params: (string | number)[] = []
  for (const a of arms) {
    params.push(a.merchantId, a.kind, a.method, a.origin)
    const cursorParams = [byTime ? seek : after.key, after.key, after.id]
    if (!page.sorted) params.push(...cursorParams)
    params.push(...(byTime ? [far] : page.residual.instants))
    params.push(...page.residual.params.slice(0, page.residual.indexedParams))
    const [winter, summer] = offsets(a.country)
    const hour = page.hour
    if (hour !== undefined) params.push(...[winter, summer].map((o) => (((hour - o / HOUR) % 24) + 24) % 24))
    // The local weekday at either offset (1970-01-01 was a Thursday, 3 counting from Monday).
    if (page.weekday !== undefined) params.push(winter, page.weekday, summer, page.weekday)
    if (hour !== undefined) params.push(a.country, hour)
    params.push(...page.residual.params.slice(page.residual.indexedParams))
    if (page.sorted) params.push(...cursorParams)
  }
  const union = arms.map(() => arm).join('\n UNION ALL ')
  const order = `ORDER BY k ${dir}, id ${dir} LIMIT ?`
  params.push(page.take)
  // Sorted: the arms gather the period's rows and one sort orders them; merged: each arm comes in index order.
  // Materialized: flattened, the outer ORDER BY would give every arm a sorter of its own.
  const sql = page.sorted ? `WITH r AS MATERIALIZED (${union}) SELECT id, k FROM r ${order}` : `${union} ${order}`
  return { sql, params }
}

const HOUR = 3_600_000
const DAY = 86_400_000

/** A country's UTC offsets in winter and summer. */
function offsets(country: string): [number, number] {
  const at = (month: number) => utcOffsetMs(Date.UTC(2024, month, 15), country as CountryCode)
  const [a, b] = [at(0), at(6)]
  return a <= b ? [a, b] : [b, a]
}

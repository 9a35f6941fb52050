import { z } from 'zod'
import type { Db } from '../db/open'
import { SOURCES as ALL_SOURCES } from '../../shared/sources'
import { toDecimal } from '../money/decimal'
import { dashboardFilterSchema, resolveDashboardFilter, type ResolvedDashboardFilter } from './dashboard-filter'
import { NO_HINTS, cellWindows, indexHints } from './transaction-order'
import { registerAnalyticsFunctions, weekdaySql } from '../rollup/sql'
import { CSV_ID_SQL, csvIdParams, shownCsvIdSql } from '../db/external-ids'
import { nameKey } from '../shared/names'

/** Sources whose ids are stored as given; generic CSV ids carry their merchant's id (see SHOWN_ID). */
const SOURCES = ALL_SOURCES.filter((s) => s !== 'csv')

/** The id as the file gave it: generic CSV ids are stored with their merchant's id after them ("TX-1:7"). */
const SHOWN_ID = `CASE WHEN t.source = 'csv' THEN ${shownCsvIdSql('t.external_id')} ELSE t.external_id END`

/** The Transactions screen: the dashboard's filters plus what a drill-down or the table adds. */
export const transactionQuerySchema = dashboardFilterSchema.extend({
  kinds: z.array(z.enum(['payment', 'refund'])).optional(),
  /** Heatmap cell: 0 = Monday; hour in the merchant's local time. */
  weekday: z.number().int().min(0).max(6).optional(),
  hour: z.number().int().min(0).max(23).optional(),
  includeFailed: z.boolean().default(false),
  /** A transaction id (number or the source's id), or part of a merchant's name. */
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['time', 'amount']).default('time'),
  direction: z.enum(['desc', 'asc']).default('desc'),
  /** Keyset cursor: the sort key and id of the last row already shown. */
  after: z.object({ key: z.number(), id: z.number().int() }).optional(),
  limit: z.number().int().min(1).max(500).default(100)
})
export type TransactionQuery = z.input<typeof transactionQuerySchema>

export interface TransactionRow {
  id: number
  occurredAt: number
  day: string
  merchantId: number
  merchant: string
  country: string
  store: string | null
  method: string
  origin: string
  cardScheme: string | null
  kind: string
  status: string
  amount: string
  currency: string
  /** In the reporting currency at the day's rate. */
  converted: string
  externalId: string | null
}

const DAY = 86_400_000

/** One keyset page; never OFFSET, so page 10,000 costs what page 1 does. */
export function transactionsPage(
  db: Db,
  input: TransactionQuery
): { rows: TransactionRow[]; next: { key: number; id: number } | null; currency: string } {
  registerAnalyticsFunctions(db)
  const q = transactionQuerySchema.parse(input)
  const f = resolveDashboardFilter(db, q)
  const c = f.cube
  const found = q.search === undefined ? null : searchMatches(db, q.search)
  const hint = found ? searchHints(db, q, f, found.merchantIds) : indexHints(db, q, f)
  const windows = hint.period === '' ? cellWindows(db, q, f) : null
  // Read through the cell's windows, not the period's range (SQLite would take the one range).
  const period = windows ? '+' : hint.period
  const where = [`${period}t.occurred_at BETWEEN ? AND ?`, `${period}t.day BETWEEN ? AND ?`]
  const params: (string | number)[] = [Date.parse(c.from) - DAY, Date.parse(c.to) + 2 * DAY, c.from, c.to]
  const list = (sql: string, values: (string | number)[] | undefined) => {
    if (!values) return
    where.push(`${sql} IN (${values.map(() => '?').join(', ') || 'NULL'})`)
    params.push(...values)
  }
  list('m.country', c.countries)
  list(`${hint.merchant}t.merchant_id`, c.merchantIds)
  list('t.store_id', c.storeIds)
  list('t.method', c.methods)
  list('t.kind', q.kinds)
  if (c.cardOrigins) {
    where.push(`(t.method <> 'card' OR t.origin IN (${c.cardOrigins.map(() => '?').join(', ')}))`)
    params.push(...c.cardOrigins)
  }
  if (!q.includeFailed) where.push("t.status <> 'failed'")
  if (q.weekday !== undefined) {
    where.push(`${weekdaySql('t.day')} = ?`)
    params.push(q.weekday)
  }
  if (q.hour !== undefined) {
    where.push('kassa_local_hour(t.occurred_at, m.country) = ?')
    params.push(q.hour)
  }
  if (windows) {
    where.push(`(${windows.map(() => 't.occurred_at BETWEEN ? AND ?').join(' OR ')})`)
    params.push(...windows.flat())
  }
  if (found) {
    const terms = [`${hint.merchant}t.id IN (${found.ids.map(() => '?').join(', ')})`]
    // Only when it names merchants: an OR with a term no index serves would read every row.
    if (found.merchantIds.length > 0)
      terms.push(`${hint.merchant}t.merchant_id IN (${found.merchantIds.map(() => '?').join(', ')})`)
    where.push(`(${terms.join(' OR ')})`)
    params.push(...found.ids, ...found.merchantIds)
  }
  // Through a cell's windows the rows are gathered and sorted: no index may serve the order instead.
  const key = (windows ? '+' : '') + (q.sort === 'amount' ? 't.amount' : 't.occurred_at')
  const op = q.direction === 'desc' ? '<' : '>'
  if (q.after) {
    where.push(`(${key}, t.id) ${op} (?, ?)`)
    params.push(q.after.key, q.after.id)
  }
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC'
  const target = f.currency
  const rows = db
    .prepare(
      `SELECT t.id, t.occurred_at AS occurredAt, t.day, t.merchant_id AS merchantId, m.name AS merchant, m.country,
              s.name AS store, t.method, t.origin, t.card_scheme AS cardScheme, t.kind, t.status, t.amount, t.currency,
              CAST(ROUND(t.amount * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER) AS converted, ${SHOWN_ID} AS externalId
         FROM transactions t
         JOIN merchants m ON m.id = ${hint.merchant}t.merchant_id
         LEFT JOIN stores s ON s.id = t.store_id
         LEFT JOIN fx_daily fs ON fs.day = t.day AND fs.currency = t.currency
         LEFT JOIN fx_daily ft ON ft.day = t.day AND ft.currency = ?
        WHERE ${where.join(' AND ')}
        ORDER BY ${key} ${dir}, t.id ${dir}
        LIMIT ?`
    )
    .all(target, ...params, q.limit + 1) as (Omit<TransactionRow, 'amount' | 'converted'> & {
    amount: number
    converted: number | null
  })[]
  const more = rows.length > q.limit
  const page = rows.slice(0, q.limit)
  const last = page[page.length - 1]
  return {
    currency: target,
    rows: page.map((r) => ({
      ...r,
      amount: toDecimal(r.amount, r.currency),
      converted: r.converted === null ? '' : toDecimal(r.converted, target)
    })),
    next: more && last ? { key: q.sort === 'amount' ? last.amount : last.occurredAt, id: last.id } : null
  }
}

/** A search is the rows of the merchants it names (plus the few rows whose id it is): counted as a merchant filter. */
function searchHints(db: Db, q: z.output<typeof transactionQuerySchema>, f: ResolvedDashboardFilter, named: number[]) {
  const merchantIds = f.cube.merchantIds ? named.filter((id) => f.cube.merchantIds?.includes(id)) : named
  return merchantIds.length === 0 ? NO_HINTS : indexHints(db, q, { ...f, cube: { ...f.cube, merchantIds } })
}

/**
 * What a search names: the rows whose id it is (Kassa's own, or a source's, found through the (source, external_id)
 * index: one seek per source, and one range for generic CSV ids, stored as "<id>:<merchant id>"), and the merchants
 * whose name holds it.
 */
function searchMatches(db: Db, search: string): { ids: number[]; merchantIds: number[] } {
  const ids = db
    .prepare(
      `SELECT id FROM transactions WHERE id = ?
       UNION SELECT id FROM transactions WHERE source IN (${SOURCES.map(() => '?').join(', ')}) AND external_id = ?
       UNION SELECT id FROM transactions WHERE ${CSV_ID_SQL}`
    )
    .pluck()
    .all(/^\d+$/.test(search) ? Number(search) : -1, ...SOURCES, search, ...csvIdParams(search)) as number[]
  // In JS: LIKE, like NOCASE, ignores case in ASCII only ("øst" would not find "Østerbro").
  const key = nameKey(search)
  const merchants = db.prepare('SELECT id, name FROM merchants ORDER BY id').all() as { id: number; name: string }[]
  const merchantIds = merchants.filter((m) => nameKey(m.name).includes(key)).map((m) => m.id)
  return { ids, merchantIds }
}

/** Everything stored about one transaction, its raw source line and the batch that brought it. */
export function transactionDetails(db: Db, id: number) {
  const row = db
    .prepare(
      `SELECT t.*, ${SHOWN_ID} AS shown_id, m.name AS merchant_name, m.country AS merchant_country, s.name AS store_name,
              b.file_name AS batch_file, b.format AS batch_format, b.started_at AS batch_started_at, b.status AS batch_status,
              b.rows AS batch_rows
         FROM transactions t
         JOIN merchants m ON m.id = t.merchant_id
         LEFT JOIN stores s ON s.id = t.store_id
         JOIN import_batches b ON b.id = t.batch_id
        WHERE t.id = ?`
    )
    .get(id) as Record<string, string | number | null> | undefined
  if (!row) return null
  const {
    merchant_name,
    merchant_country,
    store_name,
    batch_file,
    batch_format,
    batch_started_at,
    batch_status,
    batch_rows,
    raw,
    shown_id,
    ...fields
  } = row
  return {
    fields: { ...fields, external_id: shown_id, amount_decimal: toDecimal(Number(row.amount), String(row.currency)) } as Record<
      string,
      string | number | null
    >,
    merchant: { id: row.merchant_id, name: merchant_name, country: merchant_country },
    store: row.store_id === null ? null : { id: row.store_id, name: store_name },
    raw: raw ?? null,
    batch: {
      id: row.batch_id,
      file: batch_file,
      format: batch_format,
      startedAt: batch_started_at,
      status: batch_status,
      rows: batch_rows
    }
  }
}

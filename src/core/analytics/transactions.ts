import { z } from 'zod'
import type { Db } from '../db/open'
import { SOURCES as ALL_SOURCES } from '../../shared/sources'
import { toDecimal } from '../money/decimal'
import { dashboardFilterSchema, resolveDashboardFilter, type ResolvedDashboardFilter } from './dashboard-filter'
import { denseFilter, fewInPeriod, filteredArms, readsSorted, residualOf, rowFilter } from './transaction-order'
import {
  readArms,
  readInStoreOrder,
  readPeriodSorted,
  sortKeyed,
  keySql,
  type ArmPage,
  type Combo,
  type Keyed
} from './transaction-arms'
import { registerAnalyticsFunctions } from '../rollup/sql'
import { cellPlan, readCellDays, readCellSlots } from './transaction-cells'
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

/** One keyset page; never OFFSET, so page 10,000 costs what page 1 does (src/core/analytics/transaction-arms.ts). */
export function transactionsPage(
  db: Db,
  input: TransactionQuery
): { rows: TransactionRow[]; next: { key: number; id: number } | null; currency: string } {
  registerAnalyticsFunctions(db)
  const q = transactionQuerySchema.parse(input)
  const f = resolveDashboardFilter(db, q)
  const found = q.search === undefined ? null : searchMatches(db, q.search)
  const residual = residualOf(q, f.cube)
  const take = q.limit + 1
  const page = { sort: q.sort, direction: q.direction, residual, hour: q.hour, weekday: q.weekday, after: q.after, take }
  const dense = denseFilter(db, q, f, found !== null)
  const cell = dense || found ? null : readCell(db, q, f, page)
  let keyed = dense
    ? readInStoreOrder(db, page, dense)
    : (cell ??
      (fewInPeriod(db, q, f.cube, found !== null)
        ? readPeriodSorted(db, page, rowFilter(db, q, f.cube))
        : readArms(db, { ...page, arms: filteredArms(db, q, f.cube, found?.merchantIds), sorted: readsSorted(db, q, f) })))
  if (found && found.ids.length > 0) {
    const ids = namedIds(db, found, filteredArms(db, q, f.cube))
    if (ids.length > 0) keyed = sortKeyed([...keyed, ...readIds(db, ids, page)], q.direction).slice(0, take)
  }
  const shown = keyed.slice(0, q.limit)
  const target = f.currency
  const byId = new Map(
    (
      db
        .prepare(
          `SELECT t.id, t.occurred_at AS occurredAt, t.day, t.merchant_id AS merchantId, m.name AS merchant, m.country,
                  s.name AS store, t.method, t.origin, t.card_scheme AS cardScheme, t.kind, t.status, t.amount, t.currency,
                  CAST(ROUND(t.amount * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER) AS converted, ${SHOWN_ID} AS externalId
             FROM transactions t
             JOIN merchants m ON m.id = t.merchant_id
             LEFT JOIN stores s ON s.id = t.store_id
             LEFT JOIN fx_daily fs ON fs.day = t.day AND fs.currency = t.currency
             LEFT JOIN fx_daily ft ON ft.day = t.day AND ft.currency = ?
            WHERE t.id IN (${shown.map(() => '?').join(', ') || 'NULL'})`
        )
        .all(target, ...shown.map((r) => r.id)) as (Omit<TransactionRow, 'amount' | 'converted'> & {
        amount: number
        converted: number | null
      })[]
    ).map((r) => [r.id, r])
  )
  const last = shown[shown.length - 1]
  return {
    currency: target,
    rows: shown.flatMap(({ id }) => {
      const r = byId.get(id)
      return r
        ? [
            {
              ...r,
              amount: toDecimal(r.amount, r.currency),
              converted: r.converted === null ? '' : toDecimal(r.converted, target)
            }
          ]
        : []
    }),
    next: keyed.length > q.limit && last ? { key: last.k, id: last.id } : null
  }
}

/** A heatmap cell's page through transaction-cells.ts, or null when the cubes say the runs' merge costs less. */
function readCell(
  db: Db,
  q: z.output<typeof transactionQuerySchema>,
  f: ResolvedDashboardFilter,
  page: Omit<ArmPage, 'arms' | 'sorted'>
): Keyed[] | null {
  if (q.weekday === undefined && q.hour === undefined) return null
  // Not pruned by the hour cubes per combo as the runs' merge is: these reads pay nothing for a run outside the
  // cell, and the pruning reads the hour cubes of the whole period.
  const arms = filteredArms(db, { ...q, weekday: undefined, hour: undefined }, f.cube)
  const plan = cellPlan(db, q, f, arms)
  if (!plan) return null
  const read = plan === 'slots' ? readCellSlots : readCellDays
  return read(db, { ...page, arms }, { ...f.cube, kinds: q.kinds })
}

const comboKey = (c: Combo) => `${c.merchantId}:${c.kind}:${c.method}:${c.origin}`

/** The rows a search names by id that the filter keeps, unless their merchant's arms list them already. */
function namedIds(db: Db, found: { ids: number[]; merchantIds: number[] }, allowedArms: Combo[]): number[] {
  const named = new Set(found.merchantIds)
  const allowed = new Set(allowedArms.map(comboKey))
  const rows = db
    .prepare(
      `SELECT id, merchant_id AS merchantId, kind_code AS kind, method_code AS method, origin_code AS origin
         FROM transaction_rows WHERE id IN (${found.ids.map(() => '?').join(', ')})`
    )
    .all(...found.ids) as (Combo & { id: number })[]
  return rows.filter((r) => !named.has(r.merchantId) && allowed.has(comboKey(r))).map((r) => r.id)
}

/** A search's rows named by id, through every filter the arms apply: a few rows, sorted here. */
function readIds(db: Db, ids: number[], page: Omit<ArmPage, 'arms' | 'sorted'>): Keyed[] {
  const key = keySql(page.sort)
  const terms = [`id IN (${ids.map(() => '?').join(', ')})`, 'occurred_at BETWEEN ? AND ?']
  terms.push(...page.residual.indexed, ...page.residual.table)
  const params: (string | number)[] = [...ids, ...page.residual.instants, ...page.residual.params]
  if (page.hour !== undefined) {
    terms.push('kassa_local_hour(occurred_at, (SELECT country FROM merchants WHERE id = merchant_id)) = ?')
    params.push(page.hour)
  }
  if (page.after) {
    terms.push(`(${key}, id) ${page.direction === 'desc' ? '<' : '>'} (?, ?)`)
    params.push(page.after.key, page.after.id)
  }
  return db.prepare(`SELECT id, ${key} AS k FROM transaction_rows WHERE ${terms.join(' AND ')}`).all(...params) as Keyed[]
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

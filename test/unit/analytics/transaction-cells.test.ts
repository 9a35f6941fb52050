import { beforeAll, describe, expect, it } from 'vitest'
import { COMPARABLE_AMOUNT_SQL } from '../../../src/core/analytics/amount-key'
import { registerAnalyticsFunctions, weekdaySql } from '../../../src/core/rollup/sql'
import { transactionQuerySchema, transactionsPage, type TransactionQuery } from '../../../src/core/analytics/transactions'
import { resolveDashboardFilter } from '../../../src/core/analytics/dashboard-filter'
import { filteredArms, residualOf } from '../../../src/core/analytics/transaction-order'
import { HOUR_SLOT_SQL, readCellDays, readCellSlots } from '../../../src/core/analytics/transaction-cells'
import pageIndexes from '../../../src/core/db/migrations/018_page_indexes'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { Random } from '../../../src/core/demo/random'
import { addBatch, addMerchant, tiedRow, type Row } from './fixture'
import { tempPath } from '../tmp'

const PAGE = 30
const HOUR = 3_600_000

type Plan = 'slots' | 'days' | 'screen'

/** Every page of a cell through one plan (or the screen's own choice), each after the previous page's cursor. */
function listed(db: Db, plan: Plan, input: TransactionQuery): number[] {
  const ids: number[] = []
  let after: { key: number; id: number } | undefined
  for (;;) {
    const q = transactionQuerySchema.parse({ ...input, limit: PAGE, after })
    if (plan === 'screen') {
      const page = transactionsPage(db, q)
      ids.push(...page.rows.map((r) => r.id))
      if (!page.next) return ids
      after = page.next
      continue
    }
    const f = resolveDashboardFilter(db, q)
    const page = {
      sort: q.sort,
      direction: q.direction,
      residual: residualOf(q, f.cube),
      hour: q.hour,
      weekday: q.weekday,
      after: q.after,
      take: PAGE + 1,
      arms: filteredArms(db, q, f.cube)
    }
    const keyed = (plan === 'slots' ? readCellSlots : readCellDays)(db, page, { ...f.cube, kinds: q.kinds })
    const shown = keyed.slice(0, PAGE)
    ids.push(...shown.map((r) => r.id))
    if (keyed.length <= PAGE) return ids
    const last = shown[shown.length - 1]
    after = { key: last.k, id: last.id }
  }
}

// Rows crowded into a few UTC hours, over two years that hold both summer-time switches, in Norway (+1/+2),
// Denmark, Sweden and Finland (+2/+3): a local hour is three UTC hours apart across them, and on the last Sundays of
// March and October the same UTC hour is another local hour before and after 01:00 UTC.
describe('heatmap cells page by page against plain SQL', () => {
  let db: Db
  let oslo: ReturnType<typeof addMerchant>
  beforeAll(() => {
    db = createContext({ dbPath: tempPath() }).db
    registerAnalyticsFunctions(db)
    oslo = addMerchant(db, 'Fjord Sølv', 'NO', ['Bergen', 'Oslo'])
    const merchants = [
      oslo,
      addMerchant(db, 'Nyhavn Souvenir', 'DK'),
      addMerchant(db, 'Gamla Stan Presenter', 'SE'),
      addMerchant(db, 'Helsinki Design', 'FI', ['Esplanadi']),
      addMerchant(db, 'Turku Tuliaiset', 'FI')
    ]
    const random = new Random(18)
    const start = Date.parse('2023-09-04T00:00:00Z')
    const switches = ['2024-03-31', '2024-10-27', '2023-10-29'].map((d) => Date.parse(d))
    const rows: Row[] = []
    for (let i = 0; i < 2400; i++) {
      const m = random.pick(merchants)
      // A third on a switch day, from 22:00 the day before to 04:00 UTC; the rest on any day at a few busy hours.
      const at =
        i % 3 === 0
          ? random.pick(switches) + random.int(-2, 3) * HOUR + random.int(0, 3) * 900_000
          : start +
            random.int(0, 430) * 86_400_000 +
            random.pick([0, 1, 2, 10, 11, 12, 13, 22, 23]) * HOUR +
            random.int(0, 59) * 60_000
      rows.push(tiedRow(random, m, at))
    }
    addBatch(db, rows)
  })

  /** The same rows by plain SQL over the raw rows: their local day, weekday and hour at the merchant's offset. */
  function expected(q: TransactionQuery, where: string): number[] {
    const dir = (q.direction ?? 'desc').toUpperCase()
    const terms = ["t.status <> 'failed'", where]
    if (q.weekday !== undefined) terms.push(`${weekdaySql('t.day')} = ${q.weekday}`)
    if (q.hour !== undefined) terms.push(`kassa_local_hour(t.occurred_at, m.country) = ${q.hour}`)
    if (q.from) terms.push(`t.day BETWEEN '${q.from}' AND '${q.to}'`)
    return db
      .prepare(
        `SELECT t.id FROM transactions t JOIN merchants m ON m.id = t.merchant_id WHERE ${terms.filter(Boolean).join(' AND ')}
          ORDER BY ${q.sort === 'amount' ? COMPARABLE_AMOUNT_SQL : 't.occurred_at'} ${dir}, t.id ${dir}`
      )
      .pluck()
      .all() as number[]
  }

  const sunday = (day: string) => ({ preset: 'custom' as const, from: day, to: day, weekday: 6 })
  const cells: [string, TransactionQuery, string][] = [
    ['cell Mon 13h', { weekday: 0, hour: 13 }, ''],
    ['cell Sun 3h on the March switch', { ...sunday('2024-03-31'), hour: 3 }, ''],
    ['cell Sun 2h on the October switch', { ...sunday('2024-10-27'), hour: 2 }, ''],
    ['cell Sun 1h over a summer', { preset: 'custom', from: '2024-03-01', to: '2024-11-30', weekday: 6, hour: 1 }, ''],
    ['cell Sun 4h in Finland', { countries: ['FI'], weekday: 6, hour: 4 }, "m.country = 'FI'"],
    ['cell Sun 4h in Norway', { countries: ['NO'], weekday: 6, hour: 4 }, "m.country = 'NO'"],
    ['hour 12 only', { hour: 12 }, ''],
    ['Sundays only', { weekday: 6 }, ''],
    ['Sundays in 2024', { preset: 'custom', from: '2024-01-01', to: '2024-12-31', weekday: 6 }, ''],
    [
      'a merchant’s Alipay in a cell',
      { merchantIds: [1], methods: ['alipay'], weekday: 6, hour: 2 },
      "t.merchant_id = 1 AND t.method = 'alipay'"
    ],
    ['refunds in a cell', { kinds: ['refund'], hour: 14 }, "t.kind = 'refund'"]
  ]

  for (const [sort, plans] of [
    ['amount', ['slots', 'days', 'screen']],
    ['time', ['days', 'screen']]
  ] as const)
    for (const direction of ['desc', 'asc'] as const)
      it(`lists every cell by ${sort}, ${direction}, through each plan`, () => {
        for (const [name, cell, where] of cells) {
          const q: TransactionQuery = { preset: 'all', ...cell, sort, direction }
          const want = expected(q, where)
          expect(want.length, name).toBeGreaterThan(0)
          for (const plan of plans) expect(listed(db, plan, q), `${name} (${plan})`).toEqual(want)
        }
      })

  it('lists a store in a cell and nothing of a cell without rows', () => {
    const store = oslo.storeIds[1]
    const q: TransactionQuery = { preset: 'all', storeIds: [store], weekday: 6, hour: 2, sort: 'amount' }
    const want = expected(q, `t.store_id = ${store}`)
    expect(want.length).toBeGreaterThan(0)
    for (const plan of ['slots', 'days', 'screen'] as const) expect(listed(db, plan, q), plan).toEqual(want)
    const empty: TransactionQuery = { preset: 'all', weekday: 2, hour: 7, sort: 'amount' }
    expect(expected(empty, '')).toEqual([])
    for (const plan of ['slots', 'days', 'screen'] as const) expect(listed(db, plan, empty), plan).toEqual([])
  })

  it('reads a cell by amount from the hour-slot index alone, without the table', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id, ${COMPARABLE_AMOUNT_SQL} AS k, occurred_at, merchant_id, kind_code, method_code,
                origin_code FROM transaction_rows INDEXED BY transactions_hour_slot
          WHERE ${HOUR_SLOT_SQL} = 3 AND status_code <> 3 ORDER BY k DESC, id DESC`
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toContain('COVERING INDEX transactions_hour_slot')
  })
})

// SQLite uses an expression index only for the very same expression.
describe('migration 018', () => {
  it('indexes exactly the hour slot and comparable amount the pages read by', () => {
    const indexed = pageIndexes.replace(/\s+/g, ' ')
    expect(indexed).toContain(`transaction_rows(${HOUR_SLOT_SQL}, ${COMPARABLE_AMOUNT_SQL}, id,`)
    expect(indexed).toContain(`transactions_amount_key ON transaction_rows( ${COMPARABLE_AMOUNT_SQL}, id, occurred_at)`)
  })
})

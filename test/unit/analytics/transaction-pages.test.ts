import { beforeAll, describe, expect, it } from 'vitest'
import { COMPARABLE_AMOUNT_SQL } from '../../../src/core/analytics/amount-key'
import { registerAnalyticsFunctions, weekdaySql } from '../../../src/core/rollup/sql'
import { transactionsPage, type TransactionQuery } from '../../../src/core/analytics/transactions'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { Random } from '../../../src/core/demo/random'
import { addBatch, addMerchant, tiedRow, type Row } from './fixture'
import { tempPath } from '../tmp'

const PAGE = 7

/** Every page of a query, each after the previous one's cursor: ids in the order the screen lists them. */
function listed(db: Db, q: TransactionQuery, limit = PAGE): number[] {
  const ids: number[] = []
  let after: { key: number; id: number } | undefined
  for (;;) {
    const page = transactionsPage(db, { ...q, limit, after })
    ids.push(...page.rows.map((r) => r.id))
    if (!page.next) return ids
    after = page.next
  }
}

// A store made of ties: a handful of amounts and instants shared across four currencies, kinds, methods, origins,
// stores and failed rows, so a cursor lands inside runs of equal keys and on the seams between merged runs.
describe('Transactions pages against plain SQL, with ties, across currencies', () => {
  let db: Db
  let stores: number[]
  beforeAll(() => {
    db = createContext({ dbPath: tempPath() }).db
    registerAnalyticsFunctions(db)
    const merchants = [
      addMerchant(db, 'Fjord Sølv', 'NO', ['Bergen', 'Oslo']),
      addMerchant(db, 'Nyhavn Souvenir', 'DK', ['Nyhavn']),
      addMerchant(db, 'Gamla Stan Presenter', 'SE'),
      addMerchant(db, 'Helsinki Design', 'FI', ['Esplanadi'])
    ]
    stores = merchants.flatMap((m) => m.storeIds)
    const random = new Random(11)
    const start = Date.parse('2024-03-01T10:00:00Z')
    const rows: Row[] = []
    for (let i = 0; i < 400; i++) {
      const m = random.pick(merchants)
      rows.push(tiedRow(random, m, start + random.int(0, 40) * 6 * 3_600_000))
    }
    addBatch(db, rows)
  })

  /** The same rows by plain SQL over the raw rows. */
  function expected(sort: 'time' | 'amount', direction: 'asc' | 'desc', where = '', failed = false) {
    const dir = direction.toUpperCase()
    return db
      .prepare(
        `SELECT t.id FROM transactions t JOIN merchants m ON m.id = t.merchant_id
          WHERE ${failed ? '1' : "t.status <> 'failed'"} ${where}
          ORDER BY ${sort === 'time' ? 't.occurred_at' : COMPARABLE_AMOUNT_SQL} ${dir}, t.id ${dir}`
      )
      .pluck()
      .all() as number[]
  }

  const filters: [string, TransactionQuery, string][] = [
    ['everything', {}, ''],
    ['a country', { countries: ['FI'] }, "AND m.country = 'FI'"],
    ['a store', {}, ''],
    ['Alipay refunds', { methods: ['alipay'], kinds: ['refund'] }, "AND t.method = 'alipay' AND t.kind = 'refund'"],
    ['Chinese cards', { cardOrigins: ['cn'] }, "AND (t.method <> 'card' OR t.origin = 'cn')"],
    [
      'a heatmap cell',
      { weekday: 4, hour: 11 },
      `AND ${weekdaySql('t.day')} = 4 AND kassa_local_hour(t.occurred_at, m.country) = 11`
    ],
    ['a period', { preset: 'custom', from: '2024-03-03', to: '2024-03-07' }, "AND t.day BETWEEN '2024-03-03' AND '2024-03-07'"]
  ]

  for (const sort of ['time', 'amount'] as const)
    for (const direction of ['desc', 'asc'] as const)
      it(`lists every row once by ${sort}, ${direction}, for each filter`, () => {
        for (const [name, filter, where] of filters) {
          const [q, sql] =
            name === 'a store' ? [{ storeIds: [stores[0]] }, `AND t.store_id = ${stores[0]}`] : ([filter, where] as const)
          const ids = listed(db, { preset: 'all', ...q, sort, direction })
          expect(ids.length, name).toBeGreaterThan(0)
          expect(ids, name).toEqual(expected(sort, direction, sql))
        }
      })

  it('lists failed rows when asked, and a search by merchant name', () => {
    expect(listed(db, { preset: 'all', includeFailed: true, sort: 'amount' })).toEqual(expected('amount', 'desc', '', true))
    expect(listed(db, { preset: 'all', search: 'nyhavn', direction: 'asc' })).toEqual(
      expected('time', 'asc', "AND m.name = 'Nyhavn Souvenir'")
    )
  })

  it('orders amounts across currencies: 100 EUR above 100 DKK above 100 NOK or SEK (one weight)', () => {
    const top = transactionsPage(db, { preset: 'all', sort: 'amount', limit: 500 }).rows
    const order = [...new Set(top.filter((r) => r.amount === '100.00').map((r) => r.currency))]
    expect(order.slice(0, 2)).toEqual(['EUR', 'DKK'])
    expect([...order.slice(2)].sort()).toEqual(['NOK', 'SEK'])
  })
})

// More merchant × kind × method × origin runs than one statement merges: read statement by statement, merged here.
describe('Transactions pages over more runs than one statement holds', () => {
  it('lists every row once, in order, by time and by amount', () => {
    const db = createContext({ dbPath: tempPath() }).db
    const random = new Random(5)
    const merchants = Array.from({ length: 70 }, (_, i) => addMerchant(db, `Butikk ${i}`, 'NO'))
    const rows: Row[] = []
    for (const m of merchants)
      for (const who of ['alipay', 'domestic', 'cn', 'foreign'] as const)
        for (const kind of ['payment', 'refund'] as const)
          rows.push({
            merchantId: m.id,
            at: Date.parse('2024-05-01T09:00:00Z') + random.int(0, 20) * 3_600_000,
            amount: random.pick([500, 1500, 2000]),
            currency: 'NOK',
            method: who === 'alipay' ? 'alipay' : 'card',
            origin: who,
            kind
          })
    addBatch(db, rows)
    for (const [sort, key] of [
      ['time', 'occurred_at'],
      ['amount', COMPARABLE_AMOUNT_SQL]
    ] as const) {
      // A weekday, so that neither the store-wide index nor the period's sort stands in for the runs by time.
      const plain = db
        .prepare(`SELECT id FROM transaction_rows WHERE ${weekdaySql('day')} = 2 ORDER BY ${key} DESC, id DESC`)
        .pluck()
        .all()
      expect(plain.length).toBeGreaterThan(100)
      expect(listed(db, { preset: 'all', sort, weekday: 2 }, 60)).toEqual(plain)
    }
  })
})

import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { CUBES, TARGETS, rowKeys, type Target } from '../../../src/core/rollup/cubes'
import { rebuildAllCubes } from '../../../src/core/rollup'
import { queryCube, type CubeFilter, type Dim } from '../../../src/core/analytics/query'
import type { DashboardFilter } from '../../../src/core/analytics/dashboard-filter'
import { addDays, localHour, type CountryCode } from '../../../src/core/time/zones'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, setRates, undoBatch, type Row } from './fixture'

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never

const START = '2018-11-20'
const DAYS = 80 // crosses months and a year end
const COUNTRY_CURRENCY: Record<CountryCode, string> = { NO: 'NOK', DK: 'DKK', SE: 'SEK', FI: 'EUR' }
const ORIGINS = ['domestic', 'cn', 'foreign', 'unknown'] as const

const rowArb = fc.record({
  merchant: fc.nat(3),
  store: fc.option(fc.nat(1), { nil: null }),
  day: fc.noBias(fc.nat(DAYS - 1)),
  minute: fc.nat(24 * 60 - 1),
  amount: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 5_000_000 })),
  cny: fc.boolean(),
  method: fc.constantFrom('alipay', 'card', 'card', 'other'),
  origin: fc.constantFrom(...ORIGINS),
  kind: fc.constantFrom('payment', 'payment', 'payment', 'refund'),
  failed: fc.boolean(),
  batch: fc.nat(2)
})

const rateArb = fc.record({
  currency: fc.constantFrom('DKK', 'SEK', 'EUR', 'USD', 'CNY'),
  day: fc.integer({ min: -10, max: DAYS }),
  rate: fc.double({ min: 0.05, max: 12, noNaN: true })
})

const filterArb = fc.record({
  // Unbiased so that ranges often hold whole months with partial months around them.
  from: fc.noBias(fc.nat(DAYS - 1)),
  length: fc.noBias(fc.nat(DAYS)),
  countries: fc.option(fc.subarray(['NO', 'DK', 'SE', 'FI'], { minLength: 1 }), { nil: undefined }),
  merchants: fc.option(fc.subarray([0, 1, 2, 3], { minLength: 1 }), { nil: undefined }),
  // Store i is merchant i >> 1's store i & 1.
  stores: fc.option(fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), { nil: undefined }),
  methods: fc.option(fc.subarray(['alipay', 'card', 'other'], { minLength: 1 }), { nil: undefined }),
  cardOrigins: fc.option(fc.subarray([...ORIGINS], { minLength: 1 }), { nil: undefined }),
  target: fc.constantFrom(...TARGETS),
  by: fc.subarray(['country', 'merchant', 'store', 'month', 'week', 'day'] as const, { maxLength: 2 })
})

describe('rollup answers equal the same computation over raw rows', () => {
  let db: Db
  let merchants: { id: number; country: CountryCode; storeIds: number[] }[]
  beforeAll(() => {
    db = createContext({ dbPath: tempPath() }).db
    merchants = [
      addMerchant(db, 'Oslo', 'NO', ['A', 'B']),
      addMerchant(db, 'København', 'DK', ['C', 'D']),
      addMerchant(db, 'Stockholm', 'SE', ['E', 'F']),
      addMerchant(db, 'Helsinki', 'FI', ['G', 'H'])
    ]
  })

  function load(rows: Of<typeof rowArb>[], rates: Of<typeof rateArb>[], undo: number | null) {
    db.exec('DELETE FROM transaction_rows; DELETE FROM import_batches; DELETE FROM daily_rollup')
    for (const c of CUBES) db.exec(`DELETE FROM ${c.table}`)
    setRates(
      db,
      rates.map((r) => [r.currency, addDays(START, r.day), r.rate])
    )
    const batches = [0, 1, 2].map((b) =>
      addBatch(
        db,
        rows
          .filter((r) => r.batch === b)
          .map((r): Row => {
            const m = merchants[r.merchant]
            return {
              merchantId: m.id,
              storeId: r.store === null ? null : m.storeIds[r.store],
              at: Date.parse(addDays(START, r.day) + 'T00:00:00Z') + r.minute * 60_000,
              amount: r.amount,
              currency: r.cny ? 'CNY' : COUNTRY_CURRENCY[m.country],
              method: r.method as Row['method'],
              origin: r.method === 'alipay' ? 'alipay' : r.method === 'other' ? 'other' : r.origin,
              kind: r.kind as Row['kind'],
              status: r.failed && r.amount % 3 === 0 ? 'failed' : 'captured'
            }
          })
      )
    )
    if (undo !== null) undoBatch(db, batches[undo])
  }

  function cubeFilter(f: Of<typeof filterArb>): CubeFilter {
    return {
      from: addDays(START, f.from),
      to: addDays(START, Math.min(DAYS - 1, f.from + f.length)),
      countries: f.countries,
      merchantIds: f.merchants?.map((i) => merchants[i].id),
      storeIds: f.stores?.map((i) => merchants[i >> 1].storeIds[i & 1]),
      methods: f.methods,
      cardOrigins: f.cardOrigins
    }
  }

  function rawWhere(f: CubeFilter): { sql: string; params: (string | number)[] } {
    const clauses = ['c.day BETWEEN ? AND ?']
    const params: (string | number)[] = [f.from, f.to]
    const list = (col: string, xs?: (string | number)[]) => {
      if (!xs) return
      clauses.push(`${col} IN (${xs.map(() => '?').join(',')})`)
      params.push(...xs)
    }
    list('m.country', f.countries)
    list('c.merchant_id', f.merchantIds)
    list('c.store_id', f.storeIds)
    list('c.method', f.methods)
    if (f.cardOrigins) {
      clauses.push(`(c.method <> 'card' OR c.origin IN (${f.cardOrigins.map(() => '?').join(',')}))`)
      params.push(...f.cardOrigins)
    }
    return { sql: clauses.join(' AND '), params }
  }

  /** Raw rows grouped into daily cells, each converted at its day's rate and rounded, then summed. */
  function rawMoney(f: CubeFilter, target: Target, by: string[]) {
    const dimSql: Record<string, string> = {
      country: 'm.country',
      merchant: 'c.merchant_id',
      store: 'c.store_id',
      month: 'substr(c.day, 1, 7)',
      week: "date(c.day, 'weekday 0', '-6 days')",
      day: 'c.day'
    }
    const dims = by.map((d) => `${dimSql[d]} AS ${d}`)
    const w = rawWhere(f)
    const rows = db
      .prepare(
        `WITH c AS (SELECT day, merchant_id, COALESCE(store_id, 0) AS store_id, method, origin, currency, kind,
                           COUNT(*) AS count, SUM(amount) AS amount
                      FROM transactions WHERE status <> 'failed'
                     GROUP BY day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind)
         SELECT ${[...dims, 'c.method', 'c.origin', 'c.kind'].join(', ')}, SUM(c.count) AS count,
                SUM(COALESCE(CAST(ROUND(c.amount * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER), 0)) AS amount
           FROM c JOIN merchants m ON m.id = c.merchant_id
           JOIN fx_daily fs ON fs.day = c.day AND fs.currency = c.currency
           LEFT JOIN fx_daily ft ON ft.day = c.day AND ft.currency = ?
          WHERE ${w.sql}
          GROUP BY ${[...by, 'c.method', 'c.origin', 'c.kind'].map((_, i) => i + 1).join(', ')}`
      )
      .all(target, ...w.params) as Record<string, string | number>[]
    return canonical(rows, [...by, 'method', 'origin', 'kind'])
  }

  function canonical(rows: Record<string, unknown>[], keys: string[]) {
    return rows.map((r) => [...keys.map((k) => String(r[k])), Number(r.count), Number(r.amount)].join('|')).sort()
  }

  it('money: totals and every breakdown, in every reporting currency, after imports and an undo', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 10, maxLength: 150 }),
        fc.array(rateArb, { maxLength: 12 }),
        fc.option(fc.nat(2), { nil: null }),
        fc.array(filterArb, { minLength: 1, maxLength: 4 }),
        (rows, rates, undo, filters) => {
          load(rows, rates, undo)
          for (const f of filters) {
            const cf = cubeFilter(f)
            const by = [...f.by, 'method', 'origin', 'kind'] as Dim[]
            const got = canonical(queryCube(db, { family: 'money', by, filter: cf, target: f.target }), by)
            expect(got).toEqual(rawMoney(cf, f.target, f.by))
          }
        }
      ),
      { numRuns: 25 }
    )
  })

  it('weekday × local hour counts and ticket buckets match the raw payments', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 10, maxLength: 150 }),
        fc.option(fc.nat(2), { nil: null }),
        filterArb,
        (rows, undo, f) => {
          load(rows, [], undo)
          const cf = cubeFilter(f)
          const w = rawWhere(cf)
          const raw = db
            .prepare(
              `SELECT c.day, c.occurred_at AS at, m.country, c.amount, c.currency, c.method, c.origin
               FROM transactions c JOIN merchants m ON m.id = c.merchant_id
              WHERE c.kind = 'payment' AND c.status <> 'failed' AND ${w.sql}`
            )
            .all(...w.params) as { day: string; at: number; country: CountryCode; amount: number; currency: string }[]
          const hours = new Map<string, number>()
          for (const r of raw) {
            const key = `${(new Date(r.day + 'T00:00:00Z').getUTCDay() + 6) % 7}|${localHour(r.at, r.country)}`
            hours.set(key, (hours.get(key) ?? 0) + 1)
          }
          const got = queryCube(db, { family: 'hour', by: ['weekday', 'hour'], filter: cf })
          expect(new Map(got.map((r) => [`${r.weekday}|${r.hour}`, r.count]))).toEqual(hours)
          const tickets = new Map<string, number>()
          for (const r of raw) {
            const key = `${r.currency}|${Math.floor(8 * Math.log2(r.amount))}`
            tickets.set(key, (tickets.get(key) ?? 0) + 1)
          }
          const gotTickets = queryCube(db, { family: 'ticket', by: ['currency', 'bucket'], filter: cf })
          expect(new Map(gotTickets.map((r) => [`${r.currency}|${r.bucket}`, r.count]))).toEqual(tickets)
        }
      ),
      { numRuns: 25 }
    )
  })

  it('a full rebuild gives the same cubes as the incremental upkeep', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80 }), fc.array(rateArb, { maxLength: 6 }), (rows, rates) => {
        load(rows, rates, 1)
        const dump = () => CUBES.map((c) => db.prepare(`SELECT * FROM ${c.table} ORDER BY ${rowKeys(c).join(', ')}`).all())
        const before = dump()
        rebuildAllCubes(db)
        expect(dump()).toEqual(before)
      }),
      { numRuns: 10 }
    )
  })
})

describe('the whole dashboard from cubes equals the whole dashboard from raw rows', () => {
  it('on demo data, for filters with partial months, merchants, methods and origins', async () => {
    const { generateDemo } = await import('../../../src/core/demo/generate')
    const { dashboard } = await import('../../../src/core/analytics/dashboard')
    const db = createContext({ dbPath: tempPath() }).db
    generateDemo(db, { transactions: 15_000, seed: 5 })
    const storeOf3 = db.prepare('SELECT id FROM stores WHERE merchant_id = 3 ORDER BY id LIMIT 1').pluck().get() as number
    const filters: DashboardFilter[] = [
      {},
      { preset: 'custom', from: '2018-07-13', to: '2019-02-09', currency: 'EUR' },
      { preset: 'last_12_months', countries: ['NO', 'SE'], methods: ['card'], cardOrigins: ['cn', 'foreign'] },
      { preset: 'custom', from: '2019-05-20', to: '2019-06-11', merchantIds: [3, 17], currency: 'CNY' },
      { preset: 'custom', from: '2018-09-03', to: '2019-03-17', merchantIds: [5], methods: ['alipay', 'card'] },
      { preset: 'last_12_months', merchantIds: [3], storeIds: [storeOf3], currency: 'SEK' }
    ]
    for (const f of filters) expect(dashboard(db, f)).toEqual(dashboard(db, f, { source: 'raw' }))
  })
})

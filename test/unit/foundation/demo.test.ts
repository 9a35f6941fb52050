import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { generateDemo } from '../../../src/core/demo/generate'
import { stats } from '../../../src/core/analytics/stats'
import { validateBusinessId } from '../../../src/core/merchants/business-id'
import type { CountryCode } from '../../../src/core/time/zones'
import { tempPath } from '../tmp'

describe('demo data', () => {
  const ctx = createContext({ dbPath: tempPath() })
  const summary = generateDemo(ctx.db, { transactions: 60_000, seed: 7 })

  it('reproduces the seed figures: Chinese customers about 4,000 NOK, domestic cards about 338 NOK', () => {
    const s = stats(ctx.db, { currency: 'NOK' })
    const within10 = (value: string, target: number) => Math.abs(Number(value) / target - 1) < 0.1
    expect(within10(s.segments.alipay.average, 4000), s.segments.alipay.average).toBe(true)
    expect(within10(s.segments.card_cn.average, 4000), s.segments.card_cn.average).toBe(true)
    expect(within10(s.segments.card_domestic.average, 338), s.segments.card_domestic.average).toBe(true)
    // 1 USD = 7.74 NOK in April 2018: 4,000 NOK is about 517 USD.
    const april = stats(ctx.db, { currency: 'USD', from: '2018-04-01', to: '2018-04-30' })
    expect(Math.abs(Number(april.segments.alipay.average) / 517 - 1)).toBeLessThan(0.15)
  })

  it('has merchants in all four countries with valid business ids, reps and stores', () => {
    const merchants = ctx.db.prepare('SELECT country, org_number AS org, rep_id AS rep FROM merchants').all() as {
      country: CountryCode
      org: string
      rep: number
    }[]
    expect(new Set(merchants.map((m) => m.country))).toEqual(new Set(['DK', 'NO', 'SE', 'FI']))
    for (const m of merchants) expect(validateBusinessId(m.country, m.org).ok, `${m.country} ${m.org}`).toBe(true)
    expect(merchants.every((m) => m.rep !== null)).toBe(true)
    expect(summary.stores).toBeGreaterThanOrEqual(merchants.length)
  })

  it('starts each country at its Alipay go-live and keeps Finland card-only while its date is unset', () => {
    const first = (country: string, method: string) =>
      (
        ctx.db
          .prepare(
            'SELECT MIN(t.day) AS d FROM transactions t JOIN merchants m ON m.id = t.merchant_id WHERE m.country = ? AND t.method = ?'
          )
          .get(country, method) as { d: string | null }
      ).d
    expect(first('DK', 'card')).toBe('2018-03-26')
    expect(first('DK', 'alipay')! >= '2018-03-26' && first('DK', 'alipay')! < '2018-04-30').toBe(true)
    expect(first('NO', 'alipay')! >= '2018-04-01').toBe(true)
    expect(first('SE', 'alipay')! >= '2018-04-01').toBe(true)
    expect(first('FI', 'alipay')).toBeNull()
    expect(first('FI', 'card')).not.toBeNull()
  })

  it('has a summer tourist peak, refunds and a few failed payments', () => {
    const volume = (from: string, to: string) => Number(stats(ctx.db, { from, to }).segments.chinese_customers.gross)
    expect(volume('2018-07-01', '2018-07-31')).toBeGreaterThan(1.4 * volume('2018-11-01', '2018-11-30'))
    const counts = ctx.db
      .prepare("SELECT SUM(kind = 'refund') AS refunds, SUM(status = 'failed') AS failed, COUNT(*) AS n FROM transactions")
      .get() as { refunds: number; failed: number; n: number }
    expect(counts.refunds / counts.n).toBeGreaterThan(0.005)
    expect(counts.failed / counts.n).toBeGreaterThan(0.002)
    expect(counts.failed / counts.n).toBeLessThan(0.02)
    expect(counts.n).toBe(summary.transactions)
  })

  it('is deterministic for a seed and refuses to run twice on one store', () => {
    const again = createContext({ dbPath: tempPath() })
    generateDemo(again.db, { transactions: 2_000, seed: 7 })
    const other = createContext({ dbPath: tempPath() })
    generateDemo(other.db, { transactions: 2_000, seed: 7 })
    const digest = (db: typeof ctx.db) =>
      db.prepare('SELECT SUM(amount), COUNT(*), SUM(occurred_at % 1000003) FROM transactions').get()
    expect(digest(again.db)).toEqual(digest(other.db))
    expect(() => generateDemo(again.db, { transactions: 10 })).toThrow(/already holds demo data/)
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dashboard } from '../../../src/core/analytics/dashboard'
import { scheduleDashboardWarmup, warmDashboard, warmupFilters } from '../../../src/core/analytics/dashboard-warmup'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, noon, setRates, type Row } from './fixture'

describe('dashboard warm-up', () => {
  let db: Db
  beforeEach(() => {
    db = createContext({ dbPath: tempPath() }).db
    setRates(db, [['DKK', '2018-01-01', 1.25]])
    const oslo = addMerchant(db, 'Oslo Ur', 'NO', ['Bryggen'])
    const cph = addMerchant(db, 'København Sølv', 'DK')
    const rows: Row[] = []
    for (let i = 1; i <= 28; i++)
      for (const month of ['03', '06', '09'])
        rows.push(
          {
            merchantId: oslo.id,
            storeId: oslo.storeIds[0],
            at: noon(`2018-${month}-${String(i).padStart(2, '0')}`),
            amount: i * 10000,
            currency: 'NOK',
            method: 'card',
            origin: i % 3 ? 'domestic' : 'cn'
          },
          {
            merchantId: cph.id,
            at: noon(`2018-${month}-0${(i % 9) + 1}`),
            amount: 4000,
            currency: 'DKK',
            method: 'alipay',
            origin: 'alipay'
          }
        )
    addBatch(db, rows)
  })
  afterEach(() => {
    vi.useRealTimers()
    if (db.open) db.close()
  })

  it('asks in the currency on screen, for every preset and each kind of filter', () => {
    const filters = warmupFilters(db, { currency: 'DKK' })
    expect(new Set(filters.map((f) => f.currency))).toEqual(new Set(['DKK']))
    expect(new Set(filters.map((f) => f.preset))).toEqual(
      new Set(['all', 'ytd', 'last_12_months', 'this_month', 'last_month', 'custom'])
    )
    for (const key of ['countries', 'merchantIds', 'methods', 'cardOrigins'] as const)
      expect(filters.some((f) => f[key]?.length)).toBe(true)
  })

  it('leaves every figure the dashboard shows as it was', () => {
    const filter = { currency: 'NOK' as const, preset: 'last_12_months' as const, countries: ['NO' as const] }
    const before = JSON.stringify(dashboard(db, filter))
    warmDashboard(db, filter)
    expect(JSON.stringify(dashboard(db, filter))).toBe(before)
  })

  it('never refills stale cubes in an idle step, and stops once the store is closed', () => {
    vi.useFakeTimers()
    db.prepare("INSERT INTO analytics_state (key, value) VALUES ('cubes_stale', '1')").run()
    scheduleDashboardWarmup(db, { currency: 'NOK' }, { startMs: 0, gapMs: 0 })
    vi.runAllTimers()
    expect(db.prepare("SELECT 1 FROM analytics_state WHERE key = 'cubes_stale'").get()).toBeTruthy()
    db.close()
    expect(() => vi.runAllTimers()).not.toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { openDb } from '../../../src/core/db/open'
import { dashboard } from '../../../src/core/analytics/dashboard'
import { stats } from '../../../src/core/analytics/stats'
import { queryCube } from '../../../src/core/analytics/query'
import { rebuildAllCubes } from '../../../src/core/rollup'
import { CUBES, rowKeys } from '../../../src/core/rollup/cubes'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, noon, undoBatch } from './fixture'

describe('cube upkeep', () => {
  it('fills the cubes again when a migration marks them stale', () => {
    const path = tempPath()
    const db = createContext({ dbPath: path }).db
    const shop = addMerchant(db, 'Oslo Ur', 'NO')
    addBatch(db, [
      { merchantId: shop.id, at: noon('2018-06-01'), amount: 400000, currency: 'NOK', method: 'alipay', origin: 'alipay' },
      { merchantId: shop.id, at: noon('2018-06-20'), amount: 30000, currency: 'NOK', method: 'card', origin: 'domestic' }
    ])
    // As a migration that reshapes the cubes leaves them: emptied, and marked for a rebuild. Tables come only
    // from migrations (issue 21), so a missing one is no longer created at read time.
    db.exec(
      "DELETE FROM hours_month_country; DELETE FROM money_month_country; INSERT INTO analytics_state VALUES ('cubes_stale', '1')"
    )
    db.close()
    const again = openDb(path)
    const d = dashboard(again, {})
    expect(d.kpis.segments.alipay.gross).toBe('4000.00')
    expect(d.kpis.segments.card_domestic.gross).toBe('300.00')
    expect(d.heatmap.counts[4][14]).toBe(1) // Friday 1 June, 14:00 in Oslo
    expect(again.prepare("SELECT COUNT(*) AS n FROM analytics_state WHERE key = 'cubes_stale'").get()).toEqual({ n: 0 })
  })

  it('an undone batch leaves no trace in any cube', () => {
    const db = createContext({ dbPath: tempPath() }).db
    const shop = addMerchant(db, 'Oslo Ur', 'NO', ['Bryggen'])
    const keep = addBatch(db, [
      {
        merchantId: shop.id,
        storeId: shop.storeIds[0],
        at: noon('2018-06-01'),
        amount: 12345,
        currency: 'NOK',
        method: 'card',
        origin: 'cn'
      }
    ])
    const undo = addBatch(db, [
      {
        merchantId: shop.id,
        storeId: shop.storeIds[0],
        at: noon('2018-06-01'),
        amount: 55555,
        currency: 'NOK',
        method: 'card',
        origin: 'cn'
      },
      { merchantId: shop.id, at: noon('2018-07-09'), amount: 777, currency: 'NOK', method: 'alipay', origin: 'alipay' }
    ])
    undoBatch(db, undo)
    expect(keep).toBeLessThan(undo)
    const d = dashboard(db, {})
    expect(d.kpis.segments.card_cn).toMatchObject({ count: 1, gross: '123.45' })
    expect(d.kpis.segments.alipay.count).toBe(0)
    expect(d.heatmap.counts.flat().reduce((a, b) => a + b, 0)).toBe(1)
    expect(stats(db, {}).segments.card_cn.gross).toBe('123.45')
    for (const table of ['money_day_merchant', 'money_month_store', 'hours_day_country', 'tickets_month_merchant_packed'])
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE count = 0`).get()).toEqual({ n: 0 })
  })

  it('a batch without stores and one with them fill the store cubes as a rebuild from the rows does', () => {
    const db = createContext({ dbPath: tempPath() }).db
    const shop = addMerchant(db, 'Oslo Ur', 'NO', ['Bryggen'])
    const other = addMerchant(db, 'Malmö Ur', 'SE')
    const sale = (merchantId: number, day: string, amount: number, storeId: number | null = null) =>
      ({ merchantId, storeId, at: noon(day), amount, currency: 'NOK', method: 'card', origin: 'domestic' }) as const
    addBatch(db, [sale(shop.id, '2018-06-01', 1000), sale(other.id, '2018-06-01', 2000), sale(shop.id, '2018-06-25', 300)])
    const undo = addBatch(db, [sale(shop.id, '2018-06-01', 4000, shop.storeIds[0]), sale(shop.id, '2018-06-01', 50)])
    addBatch(db, [sale(shop.id, '2018-06-02', 600, shop.storeIds[0]), sale(other.id, '2018-07-02', 70)])
    undoBatch(db, undo)
    const byStore = queryCube(db, { family: 'money', by: ['store'], filter: { from: '2018-06-01', to: '2018-07-31' } })
    expect(byStore.map((r) => [r.store, r.count, r.amount])).toEqual([
      [0, 4, 3370],
      [shop.storeIds[0], 1, 600]
    ])
    const money = CUBES.filter((c) => c.family === 'money')
    const dump = () => money.map((c) => db.prepare(`SELECT * FROM ${c.table} ORDER BY ${rowKeys(c).join(', ')}`).all())
    const kept = dump()
    rebuildAllCubes(db)
    expect(dump()).toEqual(kept)
  })

  it('after a rate edit in the middle of the data, cubes still equal the raw rows (only later months rebuilt)', async () => {
    const { generateDemo } = await import('../../../src/core/demo/generate')
    const { setManualRate } = await import('../../../src/core/fx/import')
    const db = createContext({ dbPath: tempPath() }).db
    generateDemo(db, { transactions: 8_000, seed: 9 })
    const before = db.prepare("SELECT * FROM money_month_country WHERE t < '2019-02' ORDER BY 1, 2, 3, 4, 5").all()
    setManualRate(db, 'SEK', '2019-02-13', 1.5)
    setManualRate(db, 'CNY', '2019-03-01', 2)
    expect(db.prepare("SELECT * FROM money_month_country WHERE t < '2019-02' ORDER BY 1, 2, 3, 4, 5").all()).toEqual(before)
    for (const f of [{}, { preset: 'custom', from: '2019-02-10', to: '2019-03-20', currency: 'CNY' }] as const)
      expect(dashboard(db, f)).toEqual(dashboard(db, f, { source: 'raw' }))
  })
})

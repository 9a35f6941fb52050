import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { stats } from '../../../src/core/analytics/stats'
import { saveRates } from '../../../src/core/fx/rates'
import { tempPath } from '../tmp'
import { seedSales } from './fixtures'

function store() {
  const ctx = createContext({ dbPath: tempPath() })
  // Exact test rates replace the bundled approximate ones for these days.
  ctx.db.exec('DELETE FROM fx_rates')
  saveRates(ctx.db, [
    { currency: 'DKK', day: '2018-06-01', nokPerUnit: 1.25, source: 'manual', approximate: false },
    { currency: 'DKK', day: '2018-06-03', nokPerUnit: 1.3, source: 'manual', approximate: false },
    { currency: 'USD', day: '2018-06-01', nokPerUnit: 8, source: 'manual', approximate: false },
    { currency: 'EUR', day: '2018-06-01', nokPerUnit: 10, source: 'manual', approximate: false },
    { currency: 'SEK', day: '2018-06-01', nokPerUnit: 1, source: 'manual', approximate: false },
    { currency: 'CNY', day: '2018-06-01', nokPerUnit: 1.2, source: 'manual', approximate: false }
  ])
  return ctx
}

describe('stats segments on hand-computed data', () => {
  it('splits Alipay, domestic, Chinese and foreign cards; excludes failed payments; nets refunds', () => {
    const { db } = store()
    seedSales(db, { 'Bryggen Husflid': 'NO', 'Nyhavn Souvenir': 'DK' }, [
      { merchant: 'Bryggen Husflid', at: '2018-06-01T10:00:00Z', amount: 400000, currency: 'NOK', method: 'alipay' },
      { merchant: 'Bryggen Husflid', at: '2018-06-01T11:00:00Z', amount: 410050, currency: 'NOK', method: 'alipay' },
      { merchant: 'Bryggen Husflid', at: '2018-06-01T12:00:00Z', amount: 33800, currency: 'NOK', cardCountry: 'NO' },
      {
        merchant: 'Bryggen Husflid',
        at: '2018-06-01T12:30:00Z',
        amount: 99999,
        currency: 'NOK',
        cardCountry: 'NO',
        status: 'failed'
      },
      {
        merchant: 'Bryggen Husflid',
        at: '2018-06-02T09:00:00Z',
        amount: 12000,
        currency: 'NOK',
        cardCountry: 'NO',
        kind: 'refund'
      },
      { merchant: 'Bryggen Husflid', at: '2018-06-01T13:00:00Z', amount: 500000, currency: 'NOK', cardCountry: 'CN' },
      { merchant: 'Bryggen Husflid', at: '2018-06-01T14:00:00Z', amount: 80000, currency: 'NOK', cardCountry: 'DE' },
      // 200.00 DKK at 1.25 = 250.00 NOK (a domestic card in Denmark)
      { merchant: 'Nyhavn Souvenir', at: '2018-06-01T10:00:00Z', amount: 20000, currency: 'DKK', cardCountry: 'DK' },
      // Norwegian card in Denmark is foreign there: 100.00 DKK on 2018-06-03 at 1.30 = 130.00 NOK
      { merchant: 'Nyhavn Souvenir', at: '2018-06-03T10:00:00Z', amount: 10000, currency: 'DKK', cardCountry: 'NO' }
    ])
    const s = stats(db, { currency: 'NOK' })
    expect(s.from).toBe('2018-06-01')
    expect(s.to).toBe('2018-06-03')
    expect(s.segments.alipay).toEqual({ count: 2, gross: '8100.50', refunds: '0.00', net: '8100.50', average: '4050.25' })
    expect(s.segments.card_domestic).toEqual({ count: 2, gross: '588.00', refunds: '120.00', net: '468.00', average: '294.00' })
    expect(s.segments.card_cn).toEqual({ count: 1, gross: '5000.00', refunds: '0.00', net: '5000.00', average: '5000.00' })
    expect(s.segments.card_foreign).toEqual({ count: 2, gross: '930.00', refunds: '0.00', net: '930.00', average: '465.00' })
    expect(s.segments.card).toEqual({ count: 5, gross: '6518.00', refunds: '120.00', net: '6398.00', average: '1303.60' })
    expect(s.segments.chinese_customers).toEqual({
      count: 3,
      gross: '13100.50',
      refunds: '0.00',
      net: '13100.50',
      average: '4366.83'
    })
  })

  it('converts at each day’s rate, carrying the last rate over days without one', () => {
    const { db } = store()
    seedSales(db, { 'Nyhavn Souvenir': 'DK' }, [
      { merchant: 'Nyhavn Souvenir', at: '2018-06-01T10:00:00Z', amount: 10000, currency: 'DKK', cardCountry: 'DK' }, // 125.00
      { merchant: 'Nyhavn Souvenir', at: '2018-06-02T10:00:00Z', amount: 10000, currency: 'DKK', cardCountry: 'DK' }, // carried: 125.00
      { merchant: 'Nyhavn Souvenir', at: '2018-06-03T10:00:00Z', amount: 10000, currency: 'DKK', cardCountry: 'DK' } // 130.00
    ])
    expect(stats(db, { currency: 'NOK' }).segments.card_domestic.gross).toBe('380.00')
    // To USD: each day's NOK value / 8 = 15.625 → 15.63, 15.63, 16.25
    expect(stats(db, { currency: 'USD' }).segments.card_domestic.gross).toBe('47.51')
    expect(stats(db, { currency: 'DKK' }).segments.card_domestic.gross).toBe('300.00')
    expect(stats(db, { currency: 'NOK', from: '2018-06-02', to: '2018-06-02' }).segments.card_domestic).toMatchObject({
      count: 1,
      gross: '125.00'
    })
  })

  it('flags days before the first published rate as missing', () => {
    const { db } = store()
    seedSales(db, { 'Nyhavn Souvenir': 'DK' }, [
      { merchant: 'Nyhavn Souvenir', at: '2018-05-20T10:00:00Z', amount: 10000, currency: 'DKK', cardCountry: 'DK' }
    ])
    const s = stats(db, { currency: 'NOK' })
    expect(s.fx.missingRates).toBe(true)
    expect(s.segments.card_domestic.gross).toBe('125.00')
  })

  it('filters by country and merchant name, and refuses an unknown merchant', () => {
    const { db } = store()
    seedSales(db, { 'Bryggen Husflid': 'NO', 'Nyhavn Souvenir': 'DK' }, [
      { merchant: 'Bryggen Husflid', at: '2018-06-01T10:00:00Z', amount: 400000, currency: 'NOK', method: 'alipay' },
      { merchant: 'Nyhavn Souvenir', at: '2018-06-01T10:00:00Z', amount: 20000, currency: 'DKK', cardCountry: 'DK' }
    ])
    expect(stats(db, { country: 'DK' }).segments.alipay.count).toBe(0)
    expect(stats(db, { country: 'DK' }).segments.card.gross).toBe('250.00')
    expect(stats(db, { merchant: 'bryggen husflid' }).segments.alipay.gross).toBe('4000.00')
    expect(() => stats(db, { merchant: 'Nobody' })).toThrow(/no merchant named "Nobody"/)
  })

  it('uses the local day: 23:30 UTC on 31 May is 1 June in Oslo', () => {
    const { db } = store()
    seedSales(db, { 'Bryggen Husflid': 'NO' }, [
      { merchant: 'Bryggen Husflid', at: '2018-05-31T23:30:00Z', amount: 1000, currency: 'NOK', cardCountry: 'NO' }
    ])
    expect(stats(db, { from: '2018-06-01', to: '2018-06-01' }).segments.card.count).toBe(1)
  })
})

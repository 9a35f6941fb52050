import { beforeEach, describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { dashboard } from '../../../src/core/analytics/dashboard'
import { breakdown } from '../../../src/core/analytics/breakdowns'
import { stats } from '../../../src/core/analytics/stats'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, noon, setRates, type Row } from './fixture'

/**
 * Two shops, five days in June 2018 (summer time: noon UTC is 14:00 local in Oslo and Copenhagen).
 * Rates (NOK per unit): DKK 1.25 from 1 June, 1.30 from 5 June (3 June carries 1 June's rate); EUR 10.
 *
 *   Oslo (NOK)        alipay 4000, 3000 (Bryggen) + 5000 (Karl Johan); refund 500 (Bryggen)
 *                     card domestic 300, 400; card cn 4100; card foreign 1000; failed domestic 999 (ignored)
 *   København (DKK)   card domestic 200 DKK on 1, 3 and 5 June = 250 + 250 + 260 NOK
 */
function seed(db: Db) {
  setRates(db, [
    ['DKK', '2018-06-01', 1.25],
    ['DKK', '2018-06-05', 1.3],
    ['SEK', '2018-06-01', 0.9],
    ['EUR', '2018-06-01', 10],
    ['USD', '2018-06-01', 8],
    ['CNY', '2018-06-01', 1.25]
  ])
  const oslo = addMerchant(db, 'Oslo Ur', 'NO', ['Bryggen', 'Karl Johan'], '2018-04-15')
  const cph = addMerchant(db, 'København Sølv', 'DK', ['Strøget'], '2018-05-01')
  const [bryggen, karl] = oslo.storeIds
  const d1 = noon('2018-06-01')
  const no = (amount: number, method: Row['method'], origin: Row['origin'], extra: Partial<Row> = {}): Row => ({
    merchantId: oslo.id,
    storeId: bryggen,
    at: d1,
    amount,
    currency: 'NOK',
    method,
    origin,
    ...extra
  })
  addBatch(db, [
    no(400000, 'alipay', 'alipay'),
    no(300000, 'alipay', 'alipay'),
    no(500000, 'alipay', 'alipay', { storeId: karl }),
    no(50000, 'alipay', 'alipay', { kind: 'refund' }),
    no(30000, 'card', 'domestic'),
    no(40000, 'card', 'domestic'),
    no(410000, 'card', 'cn'),
    no(100000, 'card', 'foreign'),
    no(99900, 'card', 'domestic', { status: 'failed' })
  ])
  const dk = (day: string): Row => ({
    merchantId: cph.id,
    storeId: cph.storeIds[0],
    at: noon(day),
    amount: 20000,
    currency: 'DKK',
    method: 'card',
    origin: 'domestic'
  })
  addBatch(db, [dk('2018-06-01'), dk('2018-06-03'), dk('2018-06-05')])
  return { oslo, cph }
}

describe('dashboard on hand-computed data', () => {
  let db: Db
  let ids: ReturnType<typeof seed>
  beforeEach(() => {
    db = createContext({ dbPath: tempPath() }).db
    ids = seed(db)
  })
  const june = { preset: 'custom', from: '2018-06-01', to: '2018-06-05' } as const

  it('gives count, gross, refunds, net, average and shares per segment', () => {
    const d = dashboard(db, june)
    const s = d.kpis.segments
    expect(s.alipay).toMatchObject({ count: 3, gross: '12000.00', refunds: '500.00', net: '11500.00', average: '4000.00' })
    expect(s.card_domestic).toMatchObject({ count: 5, gross: '1460.00', refunds: '0.00', average: '292.00' })
    expect(s.card).toMatchObject({ count: 7, gross: '6560.00', average: '937.14' })
    expect(s.card_cn).toMatchObject({ count: 1, gross: '4100.00' })
    expect(s.card_foreign).toMatchObject({ count: 1, gross: '1000.00' })
    expect(s.chinese_customers).toMatchObject({
      count: 4,
      gross: '16100.00',
      refunds: '500.00',
      net: '15600.00',
      average: '4025.00'
    })
    expect(d.kpis.total).toEqual({ count: 10, gross: '18560.00', refunds: '500.00', net: '18060.00' })
    // 12000 / 18560 and 3 / 10; 1460 / 18560 and 5 / 10
    expect(s.alipay.shareOfVolume).toBe(0.646552)
    expect(s.alipay.shareOfCount).toBe(0.3)
    expect(s.card_domestic.shareOfVolume).toBe(0.078664)
    expect(s.card_domestic.shareOfCount).toBe(0.5)
    // 4025.00 / 292.00
    expect(d.kpis.chineseMultiple).toBe(13.78)
  })

  it('agrees with stats(), the kassa stats contract', () => {
    const d = dashboard(db, june)
    const s = stats(db, { from: '2018-06-01', to: '2018-06-05' })
    for (const [name, seg] of Object.entries(s.segments)) {
      const k = d.kpis.segments[name as keyof typeof s.segments]
      expect({ count: k.count, gross: k.gross, refunds: k.refunds, net: k.net, average: k.average }).toEqual(seg)
    }
  })

  it('estimates medians from the ticket histogram and says so', () => {
    const s = dashboard(db, june).kpis.segments
    // Exact medians: Alipay 4000 (of 3000, 4000, 5000); domestic cards 260 (of 250, 250, 260, 300, 400).
    // 4000.00 falls in bucket 148 = [2^(148/8), 2^(149/8)) øre; half of three payments is halfway through it:
    // 2^(148.5/8) øre = 3871.41 NOK.
    expect(s.alipay.median).toBe('3871.41')
    expect(s.alipay.medianApproximate).toBe(true)
    // Buckets convert at the rate of the range's middle day (DKK 1.25 on 3 June): the three 200 DKK sales
    // share bucket 114, [2^(114/8), 2^(115/8)) × 1.25, below both NOK sales; half of five payments is 5/6 through it.
    expect(s.card_domestic.median).toBe('261.78')
  })

  it('converts each day at its own rate, carries rates over missing days and says so', () => {
    const dkk = (from: string, to: string) =>
      dashboard(db, { preset: 'custom', from, to, countries: ['DK'] }).kpis.segments.card_domestic.gross
    expect(dkk('2018-06-01', '2018-06-01')).toBe('250.00')
    expect(dkk('2018-06-03', '2018-06-03')).toBe('250.00') // carried from 1 June
    expect(dkk('2018-06-05', '2018-06-05')).toBe('260.00')
    const d = dashboard(db, june)
    expect(d.fx).toEqual({ approximate: false, missingRates: false, carriedForward: true })
    // In EUR: every cell converted at its day's rate and rounded: 700.00 + 500.00 for Alipay
    const eur = dashboard(db, { ...june, currency: 'EUR' }).kpis.segments
    expect(eur.alipay.gross).toBe('1200.00')
    expect(eur.card_domestic.gross).toBe('146.00')
  })

  it('flags days before the first known rate, converting them at that first rate', () => {
    addBatch(db, [
      { merchantId: ids.cph.id, at: noon('2018-05-20'), amount: 10000, currency: 'DKK', method: 'card', origin: 'domestic' }
    ])
    const d = dashboard(db, { preset: 'custom', from: '2018-05-20', to: '2018-05-20' })
    expect(d.fx.missingRates).toBe(true)
    expect(d.kpis.segments.card_domestic.gross).toBe('125.00')
    expect(stats(db, { from: '2018-05-20', to: '2018-05-20' }).fx.missingRates).toBe(true)
  })

  it('breaks down by country, merchant, store and day, each adding up to the total', () => {
    const f = { from: '2018-06-01', to: '2018-06-05' }
    const country = breakdown(db, f, 'NOK', 'country')
    expect(country.map((r) => [r.key, r.segments.card.gross])).toEqual([
      ['NO', '5800.00'],
      ['DK', '760.00']
    ])
    const store = breakdown(db, f, 'NOK', 'store')
    expect(store.map((r) => [r.label, r.segments.alipay.gross])).toEqual([
      ['Oslo Ur — Bryggen', '7000.00'],
      ['Oslo Ur — Karl Johan', '5000.00'],
      ['København Sølv — Strøget', '0.00']
    ])
    const d = dashboard(db, june)
    expect(d.granularity).toBe('day')
    expect(d.series.periods).toEqual(['2018-06-01', '2018-06-02', '2018-06-03', '2018-06-04', '2018-06-05'])
    expect(d.series.segments.card.gross).toEqual(['6050.00', '0.00', '250.00', '0.00', '260.00'])
    expect(d.byMerchant.map((r) => r.label)).toEqual(['Oslo Ur', 'København Sølv'])
  })

  it('counts payments per weekday and local hour', () => {
    const { counts } = dashboard(db, june).heatmap
    expect(counts[4][14]).toBe(8) // Friday 1 June, 14:00 local: 3 Alipay + 4 Oslo cards + 1 Copenhagen card
    expect(counts[6][14]).toBe(1) // Sunday 3 June
    expect(counts[1][14]).toBe(1) // Tuesday 5 June
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(10)
  })

  it('filters by method and card origin, keeping Alipay when only card origins are chosen', () => {
    const cn = dashboard(db, { ...june, cardOrigins: ['cn'] }).kpis.segments
    expect(cn.card.gross).toBe('4100.00')
    expect(cn.alipay.gross).toBe('12000.00')
    const cards = dashboard(db, { ...june, methods: ['card'] }).kpis.segments
    expect(cards.alipay.count).toBe(0)
    expect(cards.card.count).toBe(7)
    const one = dashboard(db, { ...june, merchantIds: [ids.cph.id] }).kpis.segments
    expect(one.card.gross).toBe('760.00')
  })

  it('compares with the previous period and the same period last year', () => {
    addBatch(db, [
      { merchantId: ids.oslo.id, at: noon('2018-05-30'), amount: 200000, currency: 'NOK', method: 'alipay', origin: 'alipay' }
    ])
    const d = dashboard(db, june)
    expect(d.comparison.previous.range).toEqual({ from: '2018-05-27', to: '2018-05-31' })
    expect(d.comparison.lastYear.range).toEqual({ from: '2017-06-01', to: '2017-06-05' })
    expect(d.comparison.previous.kpis.segments.alipay.gross).toBe('2000.00')
    expect(d.comparison.previous.deltas.segments.alipay.gross).toEqual({ diff: '10000.00', pct: 5 })
    expect(d.comparison.lastYear.deltas.segments.alipay.gross).toEqual({ diff: '12000.00', pct: null })
  })

  it('ranks merchants by Alipay volume and growth and follows adoption per country', () => {
    const d = dashboard(db, june)
    expect(d.topMerchants.byVolume.map((m) => [m.name, m.gross])).toEqual([['Oslo Ur', '12000.00']])
    const no = d.adoption.find((a) => a.country === 'NO')!
    expect(no.liveDate).toBe('2018-04-01')
    const june18 = no.months.find((m) => m.month === '2018-06')!
    expect(june18).toEqual({
      month: '2018-06',
      merchantsLive: 1,
      merchantsActive: 1,
      volume: '12000.00',
      cumulativeVolume: '12000.00'
    })
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import { stats } from '../../../src/core/analytics/stats'
import { buildReport } from '../../../src/core/reports/build'
import type { PipelineModel, PortfolioModel, StatementModel, TourismModel } from '../../../src/core/reports/types'
import { fixtureStore } from './fixture'
import { importFile } from '../../../src/core/import/pipeline'
import { fixture, tempStore } from '../import/helpers'

const ctx = fixtureStore()
const db = ctx.db
afterAll(() => db.close())
const june = { from: '2018-06-01', to: '2018-06-30' }

describe('merchant statement', () => {
  const report = buildReport(db, { type: 'statement', merchant: 'fjord gaver', ...june }) as StatementModel
  const row = (key: string) => report.rows.find((r) => r.key === key)!

  it('equals stats() for the same merchant and period', () => {
    expect(report.segments).toEqual(stats(db, { merchant: 'Fjord Gaver', ...june, currency: 'NOK' }).segments)
    expect(report.merchant).toEqual({ name: 'Fjord Gaver', countries: ['NO'], orgNumbers: ['988 077 917'] })
  })

  it('shows the hand-computed segment rows, fees and the total', () => {
    expect(row('alipay')).toMatchObject({ count: 1, gross: '4000.00', refunds: '0.00', fees: '12.00', average: '4000.00' })
    expect(row('card_domestic')).toMatchObject({
      count: 2,
      gross: '638.00',
      refunds: '100.00',
      net: '538.00',
      average: '319.00',
      fees: '1.00'
    })
    expect(row('card_cn')).toMatchObject({ count: 1, gross: '5000.00' })
    expect(row('card_foreign')).toMatchObject({ count: 1, gross: '850.00' })
    expect(row('card_other')).toMatchObject({ count: 1, gross: '200.00' })
    expect(row('total')).toMatchObject({
      count: 6,
      gross: '10688.00',
      refunds: '100.00',
      net: '10588.00',
      fees: '13.00',
      payout: '10575.00',
      average: '1781.33'
    })
    expect(report.hasFees).toBe(true)
  })

  it('compares with the previous period of the same length', () => {
    expect(report.previous).toMatchObject({ from: '2018-05-02', to: '2018-05-31' })
    expect(row('alipay')).toMatchObject({ previousGross: '2000.00', changePct: '100.0' })
    expect(row('card_cn').changePct).toBeNull()
    expect(row('total').changePct).toBe('434.4')
  })

  it('has one daily row per day whose sums equal the total', () => {
    expect(report.daily).toHaveLength(30)
    expect(report.daily[0]).toMatchObject({
      day: '2018-06-01',
      count: 2,
      alipay: '4000.00',
      card: '338.00',
      fees: '13.00',
      net: '4338.00'
    })
    expect(report.daily[2]).toMatchObject({ day: '2018-06-03', count: 1, card: '850.00', refunds: '100.00', net: '750.00' })
    const sum = report.daily.reduce((s, d) => s + Math.round(Number(d.net) * 100), 0)
    expect(sum).toBe(1058800)
  })

  it('converts another currency exactly like stats()', () => {
    const eur = buildReport(db, { type: 'statement', merchant: 'Amber House', ...june, currency: 'EUR' }) as StatementModel
    const s = stats(db, { merchant: 'Amber House', ...june, currency: 'EUR' })
    expect(eur.segments).toEqual(s.segments)
    expect(eur.fx).toEqual(s.fx)
    expect(eur.fx?.approximate).toBe(true)
    expect(eur.hasFees).toBe(false)
    expect(eur.rows.map((r) => r.key)).toEqual(['alipay', 'card_domestic', 'card_cn', 'card_foreign', 'total'])
  })

  it('refuses an unknown merchant, an empty period and a missing merchant with clear messages', () => {
    expect(() => buildReport(db, { type: 'statement', merchant: 'Nope', ...june })).toThrow('no merchant named "Nope"')
    expect(() => buildReport(db, { type: 'statement', merchant: 'Fjord Gaver', from: '2019-01-01', to: '2019-01-31' })).toThrow(
      /no sales for "Fjord Gaver" between 2019-01-01 and 2019-01-31/
    )
    expect(() => buildReport(db, { type: 'statement', ...june })).toThrow(/needs a merchant/)
    expect(() => buildReport(db, { type: 'statement', merchant: 'Fjord Gaver', from: '2018-07-01', to: '2018-06-01' })).toThrow(
      /ends before/
    )
  })
})

describe('portfolio report', () => {
  it('for all merchants equals stats() and ranks merchants by gross', () => {
    const r = buildReport(db, { type: 'portfolio', ...june }) as PortfolioModel
    const s = stats(db, { ...june, currency: 'NOK' }).segments
    expect(r.segments).toEqual(s)
    expect(r.kpis.alipayAverage).toBe(s.alipay.average)
    expect(r.kpis.cardAverage).toBe(s.card.average)
    expect(r.kpis.activeMerchants).toBe(2)
    expect(r.topMerchants.map((m) => m.name)).toEqual(['Fjord Gaver', 'Amber House'])
    expect(r.topMerchants[0]).toMatchObject({ gross: '10688.00', count: 6 })
    const gross = (Number(s.alipay.gross) + Number(s.card.gross)).toFixed(2)
    expect(r.kpis.gross).toBe(gross)
    expect(r.trend).toEqual([
      { month: '2018-06', alipay: s.alipay.gross, card: s.card.gross, total: gross, count: s.alipay.count + s.card.count }
    ])
  })

  it('for a country equals stats() for that country', () => {
    const r = buildReport(db, { type: 'portfolio', country: 'NO', ...june }) as PortfolioModel
    expect(r.segments).toEqual(stats(db, { country: 'NO', ...june }).segments)
    // chinese customers 9000.00 / 2 = 4500.00 vs domestic 319.00
    expect(r.kpis.chineseAverage).toBe('4500.00')
    expect(r.kpis.domesticAverage).toBe('319.00')
    expect(r.kpis.chineseMultiple).toBe('14.1')
  })

  it("for a rep covers that rep's merchants only", () => {
    const r = buildReport(db, { type: 'portfolio', rep: 'Lars Jensen', ...june }) as PortfolioModel
    expect(r.segments).toEqual(stats(db, { merchant: 'Amber House', ...june }).segments)
    expect(() => buildReport(db, { type: 'portfolio', rep: 'Nobody', ...june })).toThrow(/no sales/)
    expect(() => buildReport(db, { type: 'portfolio', rep: 'Unknown Rep', ...june })).toThrow(/no account rep named/)
  })
})

describe('tourism report', () => {
  it('compares Chinese customers with domestic card holders like stats()', () => {
    const r = buildReport(db, { type: 'tourism', country: 'NO', ...june }) as TourismModel
    const s = stats(db, { country: 'NO', ...june }).segments
    expect(r.headline).toMatchObject({
      chineseAverage: s.chinese_customers.average,
      domesticAverage: s.card_domestic.average,
      multiple: '14.1'
    })
    expect(r.reference).toEqual({ chineseAverage: '4000.00', domesticAverage: '338.00', currency: 'NOK', multiple: '11.8' })
    expect(r.monthly).toHaveLength(1)
    expect(r.monthly[0]).toMatchObject({
      month: '2018-06',
      chineseCount: 2,
      chineseGross: '9000.00',
      domesticCount: 2,
      domesticAverage: '319.00'
    })
  })
})

describe('pipeline report', () => {
  it('counts merchants per stage and country, the funnel, stale merchants and go-lives', () => {
    const r = buildReport(db, { type: 'pipeline', ...june }) as PipelineModel
    expect(r.merchants).toBe(5)
    expect(r.byStage.find((s) => s.stage === 'live')).toEqual({ stage: 'live', counts: { DK: 1, NO: 1, SE: 0, FI: 0 }, total: 2 })
    expect(r.funnel[0]).toEqual({ stage: 'lead', reached: 5, conversionPct: null })
    expect(r.funnel.find((s) => s.stage === 'setup')).toMatchObject({ reached: 3, conversionPct: '75.0' })
    expect(r.funnel.find((s) => s.stage === 'live')).toMatchObject({ reached: 2 })
    // created 2018-01-01, not live: stale at the end of June; Sauna Setup was created 2018-06-20
    expect(r.stale.map((s) => s.name)).toEqual(['Old Contract', 'Tundra Lead'])
    expect(r.stale[0].days).toBe(180)
    expect(r.goLives).toEqual([{ name: 'Amber House', country: 'DK', rep: 'Lars Jensen', day: '2018-06-05' }])
  })

  it('counts the newest audit-trail entry as the last change', () => {
    ctx.db
      .prepare(
        "INSERT INTO merchant_events (merchant_id, at, profile_name, kind, field, before, after) VALUES (3, ?, 'Kari', 'stage', 'stage', 'lead', 'lead')"
      )
      .run(Date.UTC(2018, 5, 25))
    const r = buildReport(db, { type: 'pipeline', ...june }) as PipelineModel
    expect(r.stale.map((s) => s.name)).toEqual(['Old Contract'])
    const may = buildReport(db, { type: 'pipeline', from: '2018-05-01', to: '2018-05-31' }) as PipelineModel
    expect(may.stale.map((s) => s.name)).toEqual(['Old Contract', 'Tundra Lead'])
  })

  it('scopes to a rep', () => {
    const r = buildReport(db, { type: 'pipeline', rep: 'kari nordmann', ...june }) as PipelineModel
    expect(r.merchants).toBe(3)
    expect(r.goLives).toEqual([])
  })
})

describe('merchant names as a user types them', () => {
  it('finds an imported merchant whatever the case of its Nordic letters, in stats and statements', () => {
    const { db: store } = tempStore()
    importFile(store, fixture('dk-latin1.csv'))
    const april = { from: '2018-04-01', to: '2018-04-30' }
    const asStored = stats(store, { merchant: 'Søstrene Østergård', ...april })
    expect(asStored.segments.card.count).toBe(2)
    expect(stats(store, { merchant: 'SØSTRENE ØSTERGÅRD', ...april }).segments).toEqual(asStored.segments)
    const report = buildReport(store, { type: 'statement', merchant: 'søstrene østergård', ...april }) as StatementModel
    expect(report.merchant).toEqual({ name: 'Søstrene Østergård', countries: ['DK'], orgNumbers: [] })
    expect(() => buildReport(store, { type: 'statement', merchant: 'Søstrene Vestergård', ...april })).toThrow(
      'no merchant named "Søstrene Vestergård"'
    )
    store.close()
  })
})

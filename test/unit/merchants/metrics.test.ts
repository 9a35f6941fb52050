import { describe, expect, it } from 'vitest'
import { pipelineBreakdown, pipelineMetrics } from '../../../src/core/merchants/metrics'
import { moveStage, setChecklistItem } from '../../../src/core/merchants/pipeline'
import { createMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { CHECKLISTS, MAIN_STAGES } from '../../../src/core/merchants/stages'
import { merchantTable } from '../../../src/core/merchants/table'
import { day, fixture } from './helpers'

function world() {
  const f = fixture()
  const { db, rep } = f
  let pid = 0
  const make = (name: string, country: 'NO' | 'DK', created: string) => {
    const alipayPartnerId = `2088${String(++pid).padStart(12, '0')}`
    const r = createMerchant(db, rep, { name, country, repId: rep.repId, alipayPartnerId }, day(created))
    if (!r.ok) throw new Error('create failed')
    return r.merchant.id
  }
  const tick = (id: number, key: string) => setChecklistItem(db, rep, id, key, true, null, day('2018-01-01'))
  const m1 = make('Alpha', 'NO', '2018-01-01')
  const m2 = make('Bravo', 'NO', '2018-01-01')
  const m3 = make('Charlie', 'NO', '2018-01-01')
  tick(m1, 'contact_identified')
  tick(m2, 'contact_identified')
  moveStage(db, rep, m1, 'contacted', null, day('2018-01-11'))
  tick(m1, 'intro_meeting')
  moveStage(db, rep, m1, 'application', null, day('2018-01-15'))
  moveStage(db, rep, m2, 'contacted', null, day('2018-01-05'))
  moveStage(db, rep, m3, 'rejected', 'no tourists', day('2018-01-03'))
  const dk = make('Delta', 'DK', '2018-03-01')
  for (const stage of MAIN_STAGES.slice(0, -1)) for (const i of CHECKLISTS[stage]) if (i.required) tick(dk, i.key)
  moveStage(db, rep, dk, 'live', null, day('2018-03-31'))
  return { ...f, m1, m2, m3, dk }
}

describe('pipeline metrics', () => {
  it('counts, funnel, median days per stage and stale merchants for one country (hand-computed)', () => {
    const { db } = world()
    const m = pipelineMetrics(db, { country: 'NO', staleDays: 30 }, day('2018-03-01'))
    expect(m.merchants).toBe(3)
    expect(m.perStage).toMatchObject({ lead: 0, contacted: 1, application: 1, rejected: 1, live: 0 })
    expect(m.funnel.slice(0, 4)).toEqual([
      { stage: 'lead', reached: 3, conversionPct: null },
      { stage: 'contacted', reached: 2, conversionPct: 66.7 },
      { stage: 'application', reached: 1, conversionPct: 50 },
      { stage: 'kyc', reached: 0, conversionPct: 0 }
    ])
    // Lead stays: 10, 4 and 2 days; contacted: 4 days (Alpha; Bravo is still there).
    expect(m.medianDaysInStage).toMatchObject({ lead: 4, contacted: 4, application: null })
    expect(m.stale.map((s) => [s.name, s.daysInStage])).toEqual([
      ['Bravo', 55],
      ['Alpha', 45]
    ])
    expect(m.goLivesByMonth).toEqual([])
  })

  it('time to live and go-lives per month', () => {
    const { db } = world()
    const m = pipelineMetrics(db, { country: 'DK' }, day('2018-04-01'))
    expect(m.medianDaysToLive).toBe(30)
    expect(m.goLivesByMonth).toEqual([{ month: '2018-03', count: 1 }])
  })

  it('breaks down by country and by rep', () => {
    const { db } = world()
    const byCountry = pipelineBreakdown(db, 'country', 30, day('2018-04-01'))
    expect(byCountry.map((r) => [r.key, r.merchants, r.live])).toEqual([
      ['DK', 1, 1],
      ['NO', 3, 0],
      ['SE', 0, 0],
      ['FI', 0, 0]
    ])
    expect(pipelineBreakdown(db, 'rep', 30, day('2018-04-01')).map((r) => [r.label, r.merchants])).toEqual([
      ['Ingrid Rep', 4],
      ['Mats Manager', 0]
    ])
  })
})

describe('merchant table', () => {
  it('filters by stage, staleness and search, and counts what blocks the next move', () => {
    const { db, rep, m2 } = world()
    updateMerchant(db, rep, m2, { orgNumber: '988077917', city: 'Tromsø', contactName: 'Åse Ødegård' })
    const now = day('2018-03-01')
    expect(merchantTable(db, { stage: 'contacted' }, now).map((r) => [r.name, r.daysInStage, r.openItems])).toEqual([
      ['Bravo', 55, 1]
    ])
    expect(merchantTable(db, { staleOnly: true, staleDays: 50 }, now).map((r) => r.name)).toEqual(['Bravo'])
    expect(merchantTable(db, { search: '988 077' }, now).map((r) => [r.name, r.orgNumber])).toEqual([['Bravo', '988 077 917']])
    expect(merchantTable(db, { search: 'tromsø' }, now).map((r) => r.name)).toEqual(['Bravo'])
    expect(merchantTable(db, { search: 'åse ødegård' }, now).map((r) => r.name)).toEqual(['Bravo'])
    expect(merchantTable(db, { minDaysInStage: 50 }, now).map((r) => r.name)).toEqual(['Bravo', 'Charlie'])
  })
})

describe('metrics for merchants created outside onboarding', () => {
  it('take time to live from the go-live day and do not time a stage whose start is unknown', () => {
    const { db, rep } = fixture()
    const id = (
      db
        .prepare(
          "INSERT INTO merchants (name, country, stage, live_since, created_at) VALUES ('Demo AS', 'NO', 'live', '2018-04-11', ?) RETURNING id"
        )
        .get(day('2018-04-01')) as { id: number }
    ).id
    moveStage(db, rep, id, 'churned', 'closed the shop', day('2018-06-01'))
    const m = pipelineMetrics(db, { country: 'NO' }, day('2018-07-01'))
    expect(m.medianDaysToLive).toBe(10)
    expect(m.medianDaysInStage.live).toBeNull()
    expect(m.perStage.churned).toBe(1)
    expect(m.funnel.at(-1)).toMatchObject({ stage: 'live', reached: 1 })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invoke, routes, type Ctx } from '../../../src/core/api'
import { stats } from '../../../src/core/analytics/stats'
import { fixtureStore } from '../reports/fixture'

// The reports fixture: Fjord Gaver (NO), Tundra Lead and Old Contract are Kari Nordmann's shops; Amber House (DK)
// is Lars Jensen's. Kari is the manager acting here.
const JUNE = { from: '2018-06-01', to: '2018-06-30' }
let ctx: Ctx
let amberTx: number
let fjordTx: number

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await invoke(ctx, name, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}

async function actAs(name: string): Promise<void> {
  const { profiles } = await call<{ profiles: { id: number; name: string }[] }>('profiles.list', {})
  await call('profiles.switch', { id: profiles.find((p) => p.name === name)!.id })
}

beforeAll(async () => {
  ctx = fixtureStore()
  const tx = ctx.db.prepare('SELECT id FROM transactions WHERE merchant_id = ? LIMIT 1').pluck()
  amberTx = tx.get(2) as number
  fjordTx = tx.get(1) as number
  await call('profiles.create', { name: 'Kari Nordmann', role: 'manager' })
  await call('profiles.create', { name: 'Nina New', role: 'manager' })
  await call('profiles.create', { name: 'Lars Jensen', role: 'rep' })
  await actAs('Kari Nordmann')
})
afterAll(() => ctx.db.close())

/** Each route that reads sales, asked by the manager for Lars Jensen's shop. */
const ASKING_FOR_AMBER: Record<string, () => unknown> = {
  'analytics.dashboard': () => ({ merchantIds: [2] }),
  'analytics.transactions': () => ({ merchantIds: [2] }),
  'analytics.transaction': () => ({ id: amberTx }),
  'stats.summary': () => ({ merchant: 'Amber House' }),
  'reports.preview': () => ({ params: { type: 'statement', merchant: 'Amber House', ...JUNE } }),
  'reports.save': () => ({ params: { type: 'tourism', rep: 'Lars Jensen', ...JUNE }, format: 'csv' })
}

describe('a merchant manager reads the sales of their own shops only', () => {
  it('every route that reads sales is checked here', () => {
    const salesRoutes = Object.entries(routes)
      .filter(([, r]) => r.access.sales)
      .map(([name]) => name)
    expect(salesRoutes.sort()).toEqual(Object.keys(ASKING_FOR_AMBER).sort())
  })

  it.each(Object.keys(ASKING_FOR_AMBER))('%s refuses another rep’s merchant with forbidden', async (name) => {
    const r = await invoke(ctx, name, ASKING_FOR_AMBER[name]())
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(!r.ok && r.error.message).toMatch(/^Kari Nordmann \(Merchant manager\) sees the sales of their own shops only: /)
  })

  it('a filter naming their own shop and another rep’s is refused', async () => {
    const r = await invoke(ctx, 'analytics.dashboard', { merchantIds: [1, 2] })
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('a report of another rep’s shops is refused', async () => {
    const r = await invoke(ctx, 'reports.preview', { params: { type: 'portfolio', rep: 'Lars Jensen', ...JUNE } })
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('with no merchant named, the figures are those of their own shops', async () => {
    const own = stats(ctx.db, { merchant: 'Fjord Gaver', ...JUNE })
    const all = stats(ctx.db, JUNE)
    expect(own.segments.alipay.count).not.toBe(all.segments.alipay.count)

    expect((await call<typeof own>('stats.summary', JUNE)).segments).toEqual(own.segments)
    const dash = await call<{ kpis: { total: { count: number } } }>('analytics.dashboard', { preset: 'custom', ...JUNE })
    expect(dash.kpis.total.count).toBe(own.segments.alipay.count + own.segments.card.count)
    const { byMerchant } = await call<{ byMerchant: { label: string }[] }>('analytics.dashboard', {})
    expect(byMerchant.map((r) => r.label)).toEqual(['Fjord Gaver'])
    const page = await call<{ rows: { merchant: string }[] }>('analytics.transactions', { limit: 500 })
    expect(new Set(page.rows.map((r) => r.merchant))).toEqual(new Set(['Fjord Gaver']))
    // A search naming another rep's shop finds nothing rather than its rows.
    expect((await call<{ rows: unknown[] }>('analytics.transactions', { search: 'Amber' })).rows).toEqual([])
    expect(await call('analytics.transaction', { id: fjordTx })).toMatchObject({ merchant: { name: 'Fjord Gaver' } })
  })

  it('a report without a scope covers their own shops, and the Reports screen offers only those', async () => {
    const r = await call<{ model: { scope: { rep?: string }; topMerchants: { name: string }[] } }>('reports.preview', {
      params: { type: 'portfolio', ...JUNE }
    })
    expect(r.model.scope.rep).toBe('Kari Nordmann')
    expect(r.model.topMerchants.map((m) => m.name)).toEqual(['Fjord Gaver'])
    const options = await call<{ merchants: { name: string }[]; reps: string[] }>('reports.options', {})
    expect(options.merchants.map((m) => m.name)).toEqual(['Fjord Gaver', 'Old Contract', 'Tundra Lead'])
    expect(options.reps).toEqual(['Kari Nordmann'])
  })

  it('a manager with no shop assigned sees no sales at all', async () => {
    await actAs('Nina New')
    expect(await invoke(ctx, 'analytics.dashboard', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke(ctx, 'stats.summary', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await actAs('Kari Nordmann')
  })

  it('reps and admins read every merchant’s sales', async () => {
    for (const name of ['Lars Jensen', 'Administrator']) {
      await actAs(name)
      expect((await call<{ byMerchant: { label: string }[] }>('analytics.dashboard', {})).byMerchant.length).toBe(2)
      expect(await invoke(ctx, 'stats.summary', { merchant: 'Amber House' })).toMatchObject({ ok: true })
    }
    await actAs('Kari Nordmann')
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { invoke, type Ctx } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, noon, setRates, type Row } from './fixture'

async function call<T = unknown>(ctx: Ctx, name: string, input: unknown): Promise<T> {
  const r = await invoke(ctx, name, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}

describe('analytics routes', () => {
  let ctx: Ctx
  let shops: { oslo: number; cph: number }
  beforeEach(() => {
    ctx = createContext({ dbPath: tempPath() })
    setRates(ctx.db, [['DKK', '2018-01-01', 1.25]])
    const oslo = addMerchant(ctx.db, 'Oslo Ur', 'NO', ['Bryggen'])
    const cph = addMerchant(ctx.db, 'København Sølv', 'DK')
    shops = { oslo: oslo.id, cph: cph.id }
    const rows: Row[] = []
    // 30 Oslo sales over June (amounts 100.00, 200.00, …), one failed, and 5 Copenhagen Alipay sales.
    for (let i = 1; i <= 30; i++)
      rows.push({
        merchantId: oslo.id,
        storeId: oslo.storeIds[0],
        at: noon(`2018-06-${String(i).padStart(2, '0')}`),
        amount: i * 10000,
        currency: 'NOK',
        method: 'card',
        origin: 'domestic'
      })
    rows.push({
      merchantId: oslo.id,
      at: noon('2018-06-15'),
      amount: 777,
      currency: 'NOK',
      method: 'card',
      origin: 'domestic',
      status: 'failed'
    })
    for (let i = 1; i <= 5; i++)
      rows.push({
        merchantId: cph.id,
        at: noon(`2018-06-0${i}`),
        amount: 400000,
        currency: 'DKK',
        method: 'alipay',
        origin: 'alipay'
      })
    addBatch(ctx.db, rows)
  })

  it('pages through transactions by keyset, newest first, without repeats or gaps', async () => {
    type Page = {
      rows: { id: number; amount: string; merchant: string; converted: string }[]
      next: { key: number; id: number } | null
    }
    const seen: number[] = []
    let next: Page['next'] = null
    for (let page = 0; page < 10; page++) {
      const p: Page = await call(ctx, 'analytics.transactions', { limit: 7, ...(next ? { after: next } : {}) })
      seen.push(...p.rows.map((r) => r.id))
      next = p.next
      if (!next) break
    }
    expect(seen).toHaveLength(35) // the failed sale is left out by default
    expect(new Set(seen).size).toBe(35)
    const all: Page = await call(ctx, 'analytics.transactions', { limit: 500, includeFailed: true })
    expect(all.rows).toHaveLength(36)
  })

  it('sorts by amount, searches by merchant, and converts to the reporting currency', async () => {
    type Page = { rows: { amount: string; currency: string; converted: string; merchant: string }[] }
    const top: Page = await call(ctx, 'analytics.transactions', { sort: 'amount', limit: 2 })
    expect(top.rows.map((r) => [r.amount, r.currency, r.converted])).toEqual([
      ['4000.00', 'DKK', '5000.00'],
      ['4000.00', 'DKK', '5000.00']
    ])
    const up: Page = await call(ctx, 'analytics.transactions', { sort: 'amount', direction: 'asc', limit: 1 })
    expect(up.rows[0].amount).toBe('100.00')
    const found: Page = await call(ctx, 'analytics.transactions', { search: 'købe', limit: 100 })
    expect(found.rows).toHaveLength(5)
    expect(found.rows.every((r) => r.merchant === 'København Sølv')).toBe(true)
    // Typed in capitals: SQLite's LIKE would only have ignored the case of the ASCII letters.
    const shouted: Page = await call(ctx, 'analytics.transactions', { search: 'KØBENHAVN SØLV', limit: 100 })
    expect(shouted.rows).toEqual(found.rows)
  })

  it('drills down with the dashboard filters: segment, merchant, heatmap cell', async () => {
    type Page = { rows: { day: string; method: string }[] }
    const alipay: Page = await call(ctx, 'analytics.transactions', { methods: ['alipay'], limit: 100 })
    expect(alipay.rows).toHaveLength(5)
    // Friday 1 June 2018, 14:00 local (noon UTC in summer time)
    const cell: Page = await call(ctx, 'analytics.transactions', { weekday: 4, hour: 14, limit: 100 })
    expect(cell.rows.map((r) => r.day).sort()).toEqual([
      '2018-06-01',
      '2018-06-01',
      '2018-06-08',
      '2018-06-15',
      '2018-06-22',
      '2018-06-29'
    ])
    const dash = await call<{ kpis: { segments: { alipay: { count: number } } } }>(ctx, 'analytics.dashboard', {
      merchantIds: [shops.cph]
    })
    expect(dash.kpis.segments.alipay.count).toBe(5)
  })

  it('opens a row with every stored field, its raw line and its batch', async () => {
    const page = await call<{ rows: { id: number }[] }>(ctx, 'analytics.transactions', { limit: 1 })
    const d = await call<{
      fields: Record<string, unknown>
      batch: { file: string; format: string }
      merchant: { name: string }
    }>(ctx, 'analytics.transaction', { id: page.rows[0].id })
    expect(d.fields).toMatchObject({ kind: 'payment', currency: 'NOK', amount: 300000, amount_decimal: '3000.00' })
    expect(d.batch).toMatchObject({ file: 'test', format: 'csv' })
    expect(d.merchant.name).toBe('Oslo Ur')
    await expect(call(ctx, 'analytics.transaction', { id: 999999 })).rejects.toMatchObject({ code: 'transaction_not_found' })
  })

  it('saves, lists, replaces and deletes named views', async () => {
    const v = await call<{ id: number }>(ctx, 'analytics.views.save', {
      name: 'Summer DK',
      filters: { countries: ['DK'], preset: 'last_month' }
    })
    await call(ctx, 'analytics.views.save', { name: 'summer dk', filters: { countries: ['DK', 'NO'] } })
    const list = await call<{ id: number; name: string; filters: { countries: string[] } }[]>(ctx, 'analytics.views.list', {})
    expect(list).toHaveLength(1)
    expect(list[0].filters.countries).toEqual(['DK', 'NO'])
    await call(ctx, 'analytics.views.delete', { id: v.id })
    expect(await call(ctx, 'analytics.views.list', {})).toEqual([])
    await expect(call(ctx, 'analytics.views.save', { name: '  ', filters: {} })).rejects.toMatchObject({ code: 'view_name' })
  })
})

import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { invoke } from '../../../src/core/api'
import { stats } from '../../../src/core/analytics/stats'
import { tempPath } from '../tmp'

function context() {
  const events: { channel: string; payload: unknown }[] = []
  const ctx = createContext({ dbPath: tempPath(), emit: (channel, payload) => events.push({ channel, payload }) })
  return { ctx, events }
}

describe('foundation routes', () => {
  it('loads demo data off the calling thread with progress, then the store is no longer empty', async () => {
    const { ctx, events } = context()
    expect(await invoke(ctx, 'app.status', {})).toMatchObject({ ok: true, value: { empty: true, transactions: 0 } })
    const loaded = await invoke(ctx, 'demo.load', { transactions: 3000, seed: 5 })
    expect(loaded).toMatchObject({ ok: true, value: { merchants: 48 } })
    const progress = events.filter((e) => e.channel === 'demo:progress')
    expect(progress.length).toBeGreaterThan(20) // one per month of data
    expect(progress.at(-1)!.payload).toMatchObject({ total: 3000 })
    const status = await invoke(ctx, 'app.status', {})
    expect(status).toMatchObject({ ok: true, value: { empty: false } })
    expect((status as { value: { transactions: number } }).value.transactions).toBe(
      (loaded as { value: { transactions: number } }).value.transactions
    )
    expect(stats(ctx.db, {}).segments.card.count).toBeGreaterThan(2000)

    expect(await invoke(ctx, 'demo.load', { transactions: 10 })).toEqual({
      ok: false,
      error: { code: 'demo_exists', message: 'this store already holds demo data' }
    })
  })

  it('validates input and answers errors as {code, message}', async () => {
    const { ctx } = context()
    expect(await invoke(ctx, 'demo.load', { transactions: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await invoke(ctx, 'stats.summary', { from: '2019-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/^from: /) }
    })
    expect(await invoke(ctx, 'no.such.route', {})).toMatchObject({ ok: false, error: { code: 'unknown_route' } })
    expect(await invoke(ctx, 'stats.summary', { merchant: 'Nobody' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_merchant', message: 'no merchant named "Nobody"' }
    })
  })

  it('saves one setting without resetting the others', async () => {
    const { ctx } = context()
    expect(await invoke(ctx, 'settings.save', { locale: 'nb' })).toEqual({ ok: true, value: { locale: 'nb', currency: 'NOK' } })
    expect(await invoke(ctx, 'settings.save', { currency: 'EUR' })).toEqual({
      ok: true,
      value: { locale: 'nb', currency: 'EUR' }
    })
    expect(await invoke(ctx, 'settings.get', {})).toEqual({ ok: true, value: { locale: 'nb', currency: 'EUR' } })
    expect(await invoke(ctx, 'settings.save', { currency: 'XXX' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

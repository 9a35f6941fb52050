import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { invoke, type Host } from '../../../src/core/api'
import { stats } from '../../../src/core/analytics/stats'
import { fixtureStore } from './fixture'

const ctx = fixtureStore()
const events: { channel: string; payload: unknown }[] = []
ctx.emit = (channel, payload) => events.push({ channel, payload })
const dir = mkdtempSync(join(tmpdir(), 'kassa-report-routes-'))
let nextPath: string | null = null
const opened: string[] = []
const host: Host = {
  pickFiles: async () => [],
  pickSavePath: async () => nextPath,
  openPath: async (p) => void opened.push(p)
}
ctx.host = host
afterAll(() => ctx.db.close())
const params = { type: 'statement', merchant: 'Fjord Gaver', from: '2018-06-01', to: '2018-06-30' }

describe('report routes', () => {
  it('previews a statement with the same figures as stats and reports progress', async () => {
    const r = await invoke(ctx, 'reports.preview', { params, job: 'p1' })
    if (!r.ok) throw new Error(r.error.message)
    const value = r.value as { model: { segments: unknown }; html: string; doc: { title: string } }
    expect(value.model.segments).toEqual(
      stats(ctx.db, { merchant: 'Fjord Gaver', from: '2018-06-01', to: '2018-06-30' }).segments
    )
    expect(value.doc.title).toBe('Merchant statement')
    expect(value.html).toContain('Fjord Gaver')
    expect(events.filter((e) => e.channel === 'report:progress').map((e) => (e.payload as { step: string }).step)).toEqual([
      'build',
      'done'
    ])
  })

  it('saves through the host dialog, writes the file whole, and opens only what it saved', async () => {
    nextPath = join(dir, 'june.xlsx')
    const r = await invoke(ctx, 'reports.save', { params, format: 'xlsx' })
    expect(r).toMatchObject({ ok: true, value: { saved: true, path: nextPath } })
    expect(readFileSync(nextPath).subarray(0, 2).toString()).toBe('PK')
    expect(await invoke(ctx, 'reports.open', { path: nextPath })).toMatchObject({ ok: true })
    expect(opened).toEqual([nextPath])
    expect(await invoke(ctx, 'reports.open', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not_saved' } })
  })

  it('does nothing when the dialog is cancelled', async () => {
    nextPath = null
    expect(await invoke(ctx, 'reports.save', { params, format: 'csv' })).toEqual({ ok: true, value: { saved: false } })
  })

  it('returns clear errors for bad input, an unknown merchant and a cancelled job', async () => {
    expect(await invoke(ctx, 'reports.preview', { params: { ...params, merchant: 'Nope' } })).toEqual({
      ok: false,
      error: { code: 'unknown_merchant', message: 'no merchant named "Nope"' }
    })
    expect(await invoke(ctx, 'reports.preview', { params: { ...params, from: '2018-13-01' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'params.from: expected a date as YYYY-MM-DD' }
    })
    await invoke(ctx, 'reports.cancel', { job: 'c1' })
    nextPath = join(dir, 'cancelled.csv')
    expect(await invoke(ctx, 'reports.save', { params, format: 'csv', job: 'c1' })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' }
    })
    expect(existsSync(nextPath)).toBe(false)
  })

  it('lists merchants, reps and the span of sales for the screen', async () => {
    const r = await invoke(ctx, 'reports.options', {})
    expect(r).toMatchObject({
      ok: true,
      value: { reps: ['Kari Nordmann', 'Lars Jensen', 'Nobody'], span: { first: '2018-05-15', last: '2018-06-10' } }
    })
  })
})

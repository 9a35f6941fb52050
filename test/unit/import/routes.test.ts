import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import type { Ctx } from '../../../src/core/api'
import { fixture, snapshot, tempStore } from './helpers'
import { loopTurnsDuring } from '../event-loop'

/** Lets the fake native dialog return these paths, as the user would pick them. */
async function pick(ctx: Ctx, ...paths: string[]) {
  ctx.host = { ...ctx.host, pickFiles: async () => paths }
  expect(await invoke(ctx, 'import.pick', {})).toEqual({ ok: true, value: paths })
}

describe('import routes', () => {
  it('preview, commit in a worker with progress, history, rejects, undo', async () => {
    const { ctx } = tempStore()
    const events: { channel: string; payload: { rows: number; total: number } }[] = []
    ctx.emit = (channel, payload) => events.push({ channel, payload: payload as { rows: number; total: number } })
    expect(await invoke(ctx, 'import.preview', { path: fixture('dk-latin1.csv') })).toMatchObject({
      ok: false,
      error: { code: 'not_picked' }
    })
    await pick(ctx, fixture('dk-latin1.csv'))
    const preview = await invoke(ctx, 'import.preview', { path: fixture('dk-latin1.csv') })
    expect(preview.ok && (preview.value as { choices: { encoding: string } }).choices.encoding).toBe('windows-1252')

    const commit = await invoke(ctx, 'import.commit', { path: fixture('dk-latin1.csv'), jobId: 'a' })
    expect(commit).toMatchObject({ ok: true, value: { rows: 8, imported: 6, rejected: 2 } })
    expect(events.at(-1)).toEqual({
      channel: 'import:progress',
      payload: { jobId: 'a', batchId: 1, rows: 8, bytes: 692, total: 692, phase: 'totals' }
    })
    // The worker's connection committed; this connection sees it.
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM transactions').get()).toEqual({ n: 6 })

    const history = await invoke(ctx, 'import.history', {})
    expect(history.ok && (history.value as { fileName: string }[])[0].fileName).toBe('dk-latin1.csv')
    const rejects = await invoke(ctx, 'import.rejects', { batchId: 1 })
    expect(rejects.ok && (rejects.value as { line: number }[]).map((r) => r.line)).toEqual([6, 7])

    expect(await invoke(ctx, 'import.undo', { batchId: 1 })).toEqual({ ok: true, value: { removed: 6 } })

    const saved = await invoke(ctx, 'import.profiles.save', {
      path: fixture('dk-latin1.csv'),
      name: 'Danish till',
      mapping: { date: 0, amount: 5, merchant: 3, currency: 6 }
    })
    expect(saved.ok && (saved.value as { name: string; columns: object }[])[0]).toMatchObject({
      name: 'Danish till',
      columns: { date: 'Dato', amount: 'Beløb', merchant: 'Butik', currency: 'Valuta' }
    })
    const again = await invoke(ctx, 'import.preview', { path: fixture('dk-latin1.csv') })
    const preview2 = again.ok ? (again.value as { profile?: string; rows: { row?: { merchant: string } }[] }) : undefined
    expect(preview2?.profile).toBe('Danish till')
    expect(preview2?.rows[0].row?.merchant).toBe('Nyhavn')
    expect(await invoke(ctx, 'import.undo', { batchId: 1 })).toMatchObject({ ok: false, error: { code: 'already_undone' } })
  })

  it('a file with no format is a clear error, not a crash', async () => {
    const { ctx } = tempStore()
    await pick(ctx, fixture('garbage.bin'), fixture('empty.csv'))
    expect(await invoke(ctx, 'import.preview', { path: fixture('garbage.bin') })).toMatchObject({
      ok: false,
      error: { code: 'not_text' }
    })
    expect(await invoke(ctx, 'import.commit', { path: fixture('empty.csv') })).toMatchObject({
      ok: false,
      error: { code: 'empty' }
    })
  })

  it('cancel stops the worker and the store is unchanged', async () => {
    const { ctx, write } = tempStore()
    const before = snapshot(ctx.db)
    const lines = ['Transaction ID;Date;Merchant;Amount;Currency;Method']
    for (let i = 0; i < 100_000; i++) lines.push(`R-${i};2018-05-01 10:00:00;Big Shop;${i},00;NOK;Visa`)
    const big = write('big.csv', lines.join('\n') + '\n')
    await pick(ctx, big)
    let cancelled = false
    ctx.emit = () => {
      if (!cancelled) {
        cancelled = true
        void invoke(ctx, 'import.cancel', { jobId: 'big' })
      }
    }
    const result = await invoke(ctx, 'import.commit', { path: big, jobId: 'big' })
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(snapshot(ctx.db)).toEqual(before)
  })

  it('undoes an import off the calling thread', async () => {
    const { ctx } = tempStore()
    await pick(ctx, fixture('dk-latin1.csv'))
    expect(await invoke(ctx, 'import.commit', { path: fixture('dk-latin1.csv') })).toMatchObject({ ok: true })
    const { value: undone, turns } = await loopTurnsDuring(() => invoke(ctx, 'import.undo', { batchId: 1 }))
    expect(undone).toEqual({ ok: true, value: { removed: 6 } })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM transactions').get()).toEqual({ n: 0 })
    // The window's thread went on with other work while the worker deleted the rows.
    expect(turns).toBeGreaterThan(10)
    expect(await invoke(ctx, 'import.undo', { batchId: 7 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

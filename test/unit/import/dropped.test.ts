// import.dropped: files the user dropped on the window (main holds their paths) become previewable like picked
// ones; the page still cannot name any other path.
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import type { Ctx } from '../../../src/core/api'
import { fixture, tempStore } from './helpers'

/** Stands in for main after a drop: the host holds these paths until core takes them. */
function drop(ctx: Ctx, ...paths: string[]) {
  let pending = paths
  ctx.host = {
    ...ctx.host,
    takeDroppedFiles: () => {
      const taken = pending
      pending = []
      return taken
    }
  }
}

describe('import.dropped', () => {
  it('returns the dropped files once and makes exactly those previewable', async () => {
    const { ctx } = tempStore()
    const dk = fixture('dk-latin1.csv')
    const se = fixture('se-bom.csv')
    drop(ctx, dk, se)
    expect(await invoke(ctx, 'import.dropped', {})).toEqual({ ok: true, value: [dk, se] })
    // Taken: a second call (say, a page script replaying it) gets nothing new.
    expect(await invoke(ctx, 'import.dropped', {})).toEqual({ ok: true, value: [] })

    const preview = await invoke(ctx, 'import.preview', { path: dk })
    expect(preview.ok && (preview.value as { choices: { encoding: string } }).choices.encoding).toBe('windows-1252')
    expect((await invoke(ctx, 'import.preview', { path: se })).ok).toBe(true)

    // Neither dropped nor picked: refused, and nothing is read.
    expect(await invoke(ctx, 'import.preview', { path: fixture('fi-crlf.csv') })).toMatchObject({
      ok: false,
      error: { code: 'not_picked' }
    })
    expect(await invoke(ctx, 'import.commit', { path: fixture('fi-crlf.csv') })).toMatchObject({
      ok: false,
      error: { code: 'not_picked' }
    })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM transactions').get()).toEqual({ n: 0 })
  })

  it('a host without drops (CLI, no window) returns nothing', async () => {
    const { ctx } = tempStore()
    expect(await invoke(ctx, 'import.dropped', {})).toEqual({ ok: true, value: [] })
    ctx.host = { pickFiles: async () => [], pickSavePath: async () => null, openPath: async () => {} }
    expect(await invoke(ctx, 'import.dropped', {})).toEqual({ ok: true, value: [] })
  })
})

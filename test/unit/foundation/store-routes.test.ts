// "Back up store…" and "Restore…" through the route table, with the native dialogs faked.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { invoke, type Ctx, type Host } from '../../../src/core/api'
import { createContext, noDialogs } from '../../../src/core/context'
import { tempPath } from '../tmp'

const open: Ctx[] = []
afterEach(() => {
  for (const ctx of open.splice(0)) if (ctx.db.open) ctx.db.close()
})

function app(host: Partial<Host> = {}): Ctx {
  const ctx = createContext({ dbPath: tempPath(), host: { ...noDialogs, ...host } })
  open.push(ctx)
  return ctx
}

const status = async (ctx: Ctx) =>
  ((await invoke(ctx, 'app.status', {})) as { value: { transactions: number; merchants: number } }).value

describe('store routes', () => {
  it('backs up to the path chosen in the save dialog, and restores it into a store', async () => {
    let backupPath = ''
    const source = app({
      pickSavePath: async ({ defaultName }) => (backupPath = join(dirname(tempPath()), defaultName))
    })
    await invoke(source, 'demo.load', { transactions: 500, seed: 4 })
    const made = await invoke(source, 'store.backup', {})
    expect(made).toMatchObject({ ok: true, value: { path: backupPath } })
    expect(backupPath).toMatch(/kassa-backup-\d{4}-\d{2}-\d{2}\.sqlite$/)

    const target = app({ pickFiles: async () => [backupPath] })
    expect(await status(target)).toMatchObject({ transactions: 0, merchants: 0 })
    const restored = await invoke(target, 'store.restore', {})
    expect(restored).toMatchObject({ ok: true, value: { file: backupPath, kept: expect.stringContaining('.before-restore-') } })
    const { transactions, merchants } = await status(source)
    expect(transactions).toBeGreaterThan(500)
    expect(restored).toMatchObject({ value: { transactions, merchants } })
    // The same context answers from the restored store at once.
    expect(await status(target)).toEqual({ ...(await status(source)), dbPath: target.dbPath })
  })

  it('refuses a bad file with its code and keeps serving the store it had', async () => {
    const bad = tempPath('notes.sqlite')
    writeFileSync(bad, 'not a store at all'.repeat(300))
    const ctx = app({ pickFiles: async () => [bad] })
    await invoke(ctx, 'demo.load', { transactions: 300, seed: 4 })
    const before = await status(ctx)
    expect(await invoke(ctx, 'store.restore', {})).toMatchObject({ ok: false, error: { code: 'restore_corrupt' } })
    expect(await status(ctx)).toEqual(before)
  })

  it('does nothing when a dialog is cancelled', async () => {
    const ctx = app()
    expect(await invoke(ctx, 'store.backup', {})).toEqual({ ok: true, value: null })
    expect(await invoke(ctx, 'store.restore', {})).toEqual({ ok: true, value: null })
  })
})

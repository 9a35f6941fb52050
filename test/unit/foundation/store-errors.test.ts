// A store Kassa cannot use is named for what is wrong with it (too new, read-only, damaged), never `internal`,
// and a store from a newer Kassa is left exactly as it was.
import { spawnSync } from 'node:child_process'
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { openDb } from '../../../src/core/db/open'
import { invoke } from '../../../src/core/api'
import { toApiError } from '../../../src/core/api/invoke'
import { tempPath } from '../tmp'

/** What the window is told when it opens `file` and calls a route. */
async function windowAnswer(file: string, route: string, input: unknown) {
  let ctx
  try {
    ctx = createContext({ dbPath: file })
  } catch (err) {
    return { ok: false, error: toApiError(err) }
  }
  try {
    return await invoke(ctx, route, input)
  } finally {
    ctx.db.close()
  }
}

function newStore(): string {
  const file = tempPath()
  openDb(file).close()
  return file
}

describe('a store Kassa cannot use', () => {
  it('refuses a store written by a newer Kassa and changes nothing in it', async () => {
    const file = tempPath()
    const db = openDb(file)
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, 0)').run('from the future')
    db.close()
    const before = readFileSync(file)
    const filesBefore = readdirSync(dirname(file)).sort()

    expect(() => openDb(file)).toThrow(
      expect.objectContaining({ code: 'store_too_new', message: expect.stringMatching(/newer version of Kassa/) })
    )
    expect(await windowAnswer(file, 'settings.save', { locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'store_too_new' }
    })

    expect(readFileSync(file).equals(before)).toBe(true)
    expect(readdirSync(dirname(file)).sort()).toEqual(filesBefore)
  })

  it('names a file that is not a store as damaged', async () => {
    const file = tempPath()
    writeFileSync(file, Buffer.alloc(64 * 1024, 'not a database '))
    const answer = await windowAnswer(file, 'app.status', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'store_corrupt', message: expect.stringMatching(/quick_check/) } })
  })

  it('names a store with damaged pages as damaged once quick_check confirms it', async () => {
    const file = newStore()
    const ctx = createContext({ dbPath: file })
    await invoke(ctx, 'demo.load', { transactions: 3000, seed: 2 })
    ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    ctx.db.close()
    const pageSize = 16384
    // Pages 2 onwards are table and index b-trees; page 1 (the schema) stays readable.
    const fd = openSync(file, 'r+')
    for (let page = 2; page < 40; page++) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize)
    closeSync(fd)
    const answer = await windowAnswer(file, 'analytics.dashboard', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'store_corrupt', message: expect.stringMatching(/quick_check/) } })
  })

  it('names a read-only store as read-only', () => {
    const file = newStore()
    const dir = dirname(file)
    chmodSync(file, 0o444)
    chmodSync(dir, 0o555)
    try {
      // root writes anyway, so the window is played by an unprivileged user there
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'test/unit/foundation/children/open-store.ts', file, 'settings.save', '{"locale":"en"}'],
        { encoding: 'utf8', ...asUser, env: { ...process.env, HOME: '/tmp' } }
      )
      expect(JSON.parse(child.stdout), child.stderr).toMatchObject({
        ok: false,
        error: { code: 'store_read_only', message: expect.stringMatching(/read-only/) }
      })
    } finally {
      chmodSync(dir, 0o755)
      chmodSync(file, 0o644)
    }
  })
})

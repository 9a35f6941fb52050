import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { openDb } from '../../../src/core/db/open'
import { tempPath } from '../tmp'

const kassa = (args: string[]) => spawnSync(process.execPath, ['bin/kassa.mjs', ...args], { encoding: 'utf8' })
const stats = (db: string) => {
  const run = kassa(['stats', '--db', db, '--json'])
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as { segments: { card: { count: number; gross: string } } }
}

describe('kassa backup and kassa restore', () => {
  it('backs a store up and restores it over another, keeping the replaced one', () => {
    const original = tempPath()
    expect(kassa(['demo', '--db', original, '--transactions', '400', '--seed', '3']).status).toBe(0)
    const backup = join(dirname(original), 'monday.sqlite')
    const made = kassa(['backup', backup, '--db', original])
    expect(made.status, made.stderr).toBe(0)
    expect(made.stdout).toMatch(/integrity checked/)
    const originalStats = stats(original)
    expect(stats(backup)).toEqual(originalStats)

    const other = tempPath()
    expect(kassa(['demo', '--db', other, '--transactions', '300', '--seed', '9']).status).toBe(0)
    const before = stats(other)
    const restored = kassa(['restore', backup, '--db', other])
    expect(restored.status, restored.stderr).toBe(0)
    expect(stats(other)).toEqual(originalStats)
    const kept = readdirSync(dirname(other)).find((f) => f.startsWith('kassa.sqlite.before-restore-') && !/-(wal|shm)$/.test(f))
    expect(restored.stdout).toContain(`kept at ${join(dirname(other), kept!)}`)
    expect(stats(join(dirname(other), kept!))).toEqual(before)
  }, 180_000)

  it('refuses a file that is not a store, says why, and leaves the store alone', () => {
    const db = tempPath()
    expect(kassa(['demo', '--db', db, '--transactions', '300']).status).toBe(0)
    const before = stats(db)
    const notAStore = join(dirname(db), 'export.csv')
    writeFileSync(notAStore, 'date;amount\n2018-04-05;100\n'.repeat(500))
    const refused = kassa(['restore', notAStore, '--db', db])
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toMatch(
      /kassa restore: .*export\.csv (is not a readable SQLite store|failed SQLite's integrity check)/
    )
    expect(stats(db)).toEqual(before)
    expect(kassa(['backup', '--db', db]).status).toBe(2)
    expect(kassa(['restore', '--help']).stdout).toMatch(/Usage: kassa restore FILE/)
  }, 180_000)

  it('restores over a store a crashed Kassa left with its WAL file, keeping the rows that were only in the WAL', async () => {
    const live = tempPath()
    const db = openDb(live)
    db.prepare("INSERT INTO merchants (name, country, stage, created_at) VALUES ('Kiosk Øst', 'NO', 'lead', 0)").run()
    // The files as a crash leaves them: the new row only in the WAL.
    const crashed = join(dirname(tempPath()), 'kassa.sqlite')
    for (const suffix of ['', '-wal']) copyFileSync(live + suffix, crashed + suffix)
    db.close()
    expect(existsSync(`${crashed}-wal`)).toBe(true)

    const backup = tempPath('backup.sqlite')
    openDb(backup).close()
    vi.spyOn(process.stdout, 'write').mockImplementation((() => true) as typeof process.stdout.write)
    try {
      expect(await main(['restore', backup, '--db', crashed])).toBe(0)
    } finally {
      vi.restoreAllMocks()
    }
    const kept = readdirSync(dirname(crashed)).find((f) => /before-restore-\d+$/.test(f))!
    const old = new Database(join(dirname(crashed), kept), { readonly: true })
    expect(old.prepare('SELECT name FROM merchants').all()).toEqual([{ name: 'Kiosk Øst' }])
    old.close()
  })
})

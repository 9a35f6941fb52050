// Store backups: the pre-migration copy, "Back up store…" / `kassa backup`, and restoring one.
import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupStore, checkStoreFile, restoreStore } from '../../../src/core/db/backup'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { openDb } from '../../../src/core/db/open'
import { tempPath } from '../tmp'

const merchantNames = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare('SELECT name FROM merchants ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  } finally {
    db.close()
  }
}

function storeWith(names: string[], file = tempPath()): string {
  const db = openDb(file)
  const insert = db.prepare("INSERT INTO merchants (name, country, stage, created_at, updated_at) VALUES (?, 'NO', 'lead', 0, 0)")
  for (const name of names) insert.run(name)
  db.close()
  return file
}

/** Overwrites bytes in the middle of the merchants table's pages, leaving the SQLite header intact. */
function damage(file: string): void {
  const bytes = readFileSync(file)
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  const db = new Database(file, { readonly: true })
  const root = (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'merchants'").get() as { rootpage: number }).rootpage
  db.close()
  bytes.fill(0x5a, (root - 1) * pageSize + 8, root * pageSize - 16)
  writeFileSync(file, bytes)
}

describe('backup before a migration', () => {
  it('holds every committed row while another connection keeps a read transaction open', () => {
    const file = tempPath()
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER)' }]
    const writer = new Database(file)
    writer.pragma('journal_mode = WAL')
    migrate(writer, file, v1)
    writer.prepare('INSERT INTO a VALUES (1)').run()

    // A reader pinned on an older snapshot stops a checkpoint from moving later rows into the main file.
    const reader = new Database(file)
    reader.prepare('BEGIN').run()
    expect(reader.prepare('SELECT COUNT(*) AS n FROM a').get()).toEqual({ n: 1 })
    writer.prepare('INSERT INTO a VALUES (2)').run()
    writer.prepare('INSERT INTO a VALUES (3)').run()

    const result = migrate(writer, file, [...v1, { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER)' }])
    reader.prepare('COMMIT').run()
    reader.close()
    writer.close()

    expect(result).toMatchObject({ from: 1, to: 2 })
    const backup = new Database(result.backup!, { readonly: true })
    expect(backup.prepare('SELECT x FROM a ORDER BY x').all()).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }])
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined()
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok')
    backup.close()
    expect(existsSync(`${result.backup}-wal`)).toBe(false)
  })
})

describe('backupStore', () => {
  it('writes a checked copy that opens as the same store, replacing an older backup at that path', () => {
    const file = storeWith(['Kiosk Øst', 'Æblegården'])
    const target = join(dirname(file), 'kassa-backup.sqlite')
    writeFileSync(target, 'an older backup')
    const db = openDb(file)
    db.prepare(
      "INSERT INTO merchants (name, country, stage, created_at, updated_at) VALUES ('Fjord Café', 'NO', 'lead', 0, 0)"
    ).run()
    const result = backupStore(db, target)
    db.close()
    expect(result.path).toBe(target)
    expect(result.bytes).toBeGreaterThan(0)
    expect(merchantNames(target)).toEqual(['Fjord Café', 'Kiosk Øst', 'Æblegården'])
    expect(checkStoreFile(target)).toMatchObject({ version: Math.max(...migrations.map((m) => m.version)), merchants: 3 })
    expect(readdirSync(dirname(file)).filter((f) => f.includes('.partial-'))).toEqual([])
  })

  it('refuses a folder that does not exist with a coded error and leaves nothing behind', () => {
    const file = storeWith(['Kiosk Øst'])
    const db = openDb(file)
    expect(() => backupStore(db, join(dirname(file), 'no-such-folder', 'b.sqlite'))).toThrow(
      expect.objectContaining({ code: 'backup_failed' })
    )
    db.close()
  })
})

describe('restoreStore', () => {
  it('puts the backup in place and keeps the replaced store beside it', () => {
    const backup = storeWith(['Kiosk Øst'])
    const store = storeWith(['Fjord Café', 'Nordlys Sport'])
    let closed = 0
    const result = restoreStore(store, backup, () => closed++)
    expect(closed).toBe(1)
    expect(result).toMatchObject({ merchants: 1, transactions: 0 })
    expect(merchantNames(store)).toEqual(['Kiosk Øst'])
    expect(result.kept).toMatch(/kassa\.sqlite\.before-restore-\d+$/)
    expect(merchantNames(result.kept!)).toEqual(['Fjord Café', 'Nordlys Sport'])
    expect(merchantNames(backup)).toEqual(['Kiosk Øst'])
  })

  it('restores into a place with no store yet', () => {
    const backup = storeWith(['Kiosk Øst'], tempPath('old.sqlite'))
    const store = join(dirname(tempPath()), 'fresh', 'kassa.sqlite')
    // The folder must exist for the copy; the app's data folder always does.
    openDb(store).close()
    const result = restoreStore(store, backup)
    expect(result.version).toBe(Math.max(...migrations.map((m) => m.version)))
    expect(merchantNames(store)).toEqual(['Kiosk Øst'])
    openDb(store).close()
  })

  const refusals: [string, (backup: string) => void, string][] = [
    [
      'a store written by a newer Kassa',
      (f) => runSql(f, "INSERT INTO schema_migrations VALUES (9999, 'future', 0)"),
      'restore_too_new'
    ],
    [
      'a store from before the baseline migration',
      (f) => runSql(f, "DELETE FROM schema_migrations; INSERT INTO schema_migrations VALUES (3, 'onboarding', 0)"),
      'restore_too_old'
    ],
    ['a damaged store', damage, 'restore_corrupt'],
    ['an SQLite file that is not a Kassa store', (f) => writeSqlite(f), 'restore_not_kassa'],
    ['a file that is not SQLite', (f) => writeFileSync(f, 'date;amount\n2018-04-05;100\n'.repeat(400)), 'restore_corrupt']
  ]
  for (const [what, spoil, code] of refusals) {
    it(`refuses ${what} (${code}) and leaves the store as it was`, () => {
      const backup = storeWith(
        Array.from({ length: 300 }, (_, i) => `Merchant ${String(i).padStart(3, '0')}`),
        tempPath('b.sqlite')
      )
      spoil(backup)
      const store = storeWith(['Fjord Café'])
      let closed = 0
      expect(() => restoreStore(store, backup, () => closed++)).toThrow(expect.objectContaining({ code }))
      expect(closed).toBe(0)
      expect(merchantNames(store)).toEqual(['Fjord Café'])
      expect(readdirSync(dirname(store)).filter((f) => /restor/.test(f))).toEqual([])
    })
  }

  it('refuses while another connection has the store open (restore_busy), changing nothing', () => {
    const backup = storeWith(['Kiosk Øst'], tempPath('b.sqlite'))
    const store = storeWith(['Fjord Café'])
    const other = openDb(store)
    try {
      expect(() => restoreStore(store, backup)).toThrow(expect.objectContaining({ code: 'restore_busy' }))
      expect(other.prepare('SELECT name FROM merchants').all()).toEqual([{ name: 'Fjord Café' }])
    } finally {
      other.close()
    }
    expect(readdirSync(dirname(store)).filter((f) => /restor/.test(f))).toEqual([])
    expect(restoreStore(store, backup).kept).toMatch(/before-restore/)
    expect(merchantNames(store)).toEqual(['Kiosk Øst'])
  })

  it('refuses the store itself and a missing file', () => {
    const store = storeWith(['Fjord Café'])
    expect(() => restoreStore(store, store)).toThrow(expect.objectContaining({ code: 'restore_same_file' }))
    expect(() => restoreStore(store, join(dirname(store), 'nope.sqlite'))).toThrow(
      expect.objectContaining({ code: 'restore_unreadable' })
    )
  })
})

function runSql(file: string, sql: string): void {
  const db = new Database(file)
  db.exec(sql)
  db.close()
}

function writeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) writeFileSync(file + suffix, '')
  runSql(file, 'CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)')
}

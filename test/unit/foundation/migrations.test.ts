import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../../src/core/db/open'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { tempPath } from '../tmp'

describe('store and migrations', () => {
  it('creates a WAL store of 16 KB pages with foreign keys and every migration recorded', () => {
    const db = openDb(tempPath())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('page_size', { simple: true })).toBe(16384)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const versions = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map(
      (r) => r.version
    )
    expect(versions).toEqual(migrations.map((m) => m.version).sort((a, b) => a - b))
    expect(() => db.prepare("INSERT INTO stores (merchant_id, name) VALUES (999, 'x')").run()).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('backs up a store before a new migration runs, and the backup holds the old schema', () => {
    const file = tempPath()
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (42);' }]
    const v2 = [...v1, { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER);' }]

    let db = new Database(file)
    expect(migrate(db, file, v1)).toEqual({ from: 0, to: 1, backup: undefined })
    expect(migrate(db, file, v1)).toEqual({ from: 1, to: 1 })
    db.close()
    expect(readdirSync(dirname(file)).filter((f) => f.includes('.backup-'))).toEqual([])

    db = new Database(file)
    const result = migrate(db, file, v2)
    db.close()
    expect(result.to).toBe(2)
    const backup = new Database(result.backup!, { readonly: true })
    const tables = (
      backup.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name)
    expect(tables).toEqual(['a', 'schema_migrations'])
    expect(backup.prepare('SELECT x FROM a').get()).toEqual({ x: 42 })
    backup.close()
    expect(readdirSync(dirname(file))).toContain(result.backup!.slice(dirname(file).length + 1))
  })

  it('runs a lower-numbered migration that arrives after a higher one', () => {
    const file = tempPath()
    const db = new Database(file)
    migrate(db, file, [{ version: 3, name: 'three', sql: 'CREATE TABLE c (z INTEGER);' }])
    const result = migrate(db, file, [
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER);' },
      { version: 3, name: 'three', sql: 'CREATE TABLE c (z INTEGER);' }
    ])
    expect(result.to).toBe(3)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toEqual({ name: 'b' })
    db.close()
  })

  it('refuses a store holding a migration this build lacks, even one below the newest it knows (store_too_new)', () => {
    const file = tempPath()
    const db = new Database(file)
    const two = { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER);' }
    migrate(db, file, [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' }, two])
    const other = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { ...two, version: 3, name: 'three' }
    ]
    expect(() => migrate(db, file, other)).toThrow(expect.objectContaining({ code: 'store_too_new' }))
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").pluck().all()).toEqual(['b'])
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2])
    db.close()
  })

  it('leaves the store as it was when a migration fails', () => {
    const file = tempPath()
    const db = new Database(file)
    expect(() => migrate(db, file, [{ version: 1, name: 'bad', sql: 'CREATE TABLE ok (x); CREATE TABLE ok (x);' }])).toThrow()
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok'").get()).toBeUndefined()
    db.close()
  })
})

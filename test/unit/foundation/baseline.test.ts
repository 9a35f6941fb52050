// The baseline migration is the pre-release chain 1–14 squashed (test/fixtures/migrations/pre-baseline-chain.ts keeps
// that chain frozen): a store built either way has the same tables, columns, keys, indexes, views, triggers and seed
// rows; a store the chain brought to 14 opens as it is, an older one is refused, and no table is made outside a migration.
import Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/core/db/migrate'
import { migrations, type Migration } from '../../../src/core/db/migrations'
import { openDb } from '../../../src/core/db/open'
import { generateDemo } from '../../../src/core/demo/generate'
import { registerTrailHash } from '../../../src/core/db/trail-hash'
import { PRE_BASELINE_CHAIN } from '../../fixtures/migrations/pre-baseline-chain'
import { tempPath } from '../tmp'

/** SQL as SQLite parses it: no comments, no quotes around names, no layout. */
const normalise = (sql: string) =>
  sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim()

/** Everything a migration decides about a store's shape, schema_migrations aside. */
function schemaOf(db: Database.Database) {
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master
        WHERE name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY type, name`
    )
    .all() as { type: string; name: string; tbl: string; sql: string }[]
  return objects.map((o) => ({
    ...o,
    sql: normalise(o.sql),
    ...(o.type === 'table' && {
      table: db.pragma(`table_list("${o.name}")`),
      columns: db.pragma(`table_xinfo("${o.name}")`),
      foreignKeys: db.pragma(`foreign_key_list("${o.name}")`),
      // By name: an import drops and rebuilds some indexes (src/core/db/deferred-indexes.ts), which reorders the list.
      indexes: (db.pragma(`index_list("${o.name}")`) as { seq: number; name: string }[])
        .map(({ seq: _, ...index }) => index)
        .sort((a, b) => a.name.localeCompare(b.name))
    }),
    ...(o.type === 'index' && { columns: db.pragma(`index_xinfo("${o.name}")`) })
  }))
}

/** Every row of every table but schema_migrations: on a new store, the rows migrations insert. */
function rowsOf(db: Database.Database) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name")
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((t) => {
      const width = (db.pragma(`table_info("${t}")`) as unknown[]).length
      const order = Array.from({ length: width }, (_, i) => i + 1).join(', ')
      return [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).all()]
    })
  )
}

function storeBuilt(chain: Migration[], file = tempPath()): { db: Database.Database; file: string } {
  const db = new Database(file)
  registerTrailHash(db) // migration 14 of the old chain back-fills the trail's hashes with it
  migrate(db, file, chain)
  return { db, file }
}

const MIGRATIONS_DIR = join(__dirname, '../../../src/core/db/migrations')

/** The baseline and the migrations numbered after it: a store at 14 takes only the later ones. */
const [BASELINE, ...LATER] = migrations

const applied = (db: Database.Database) => db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()

describe('the baseline migration', () => {
  it('is literal SQL like every numbered migration: none imports code, each listed once under its number', () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+_.+\.ts$/.test(f))
    const frozen = [
      ...files.map((f) => join(MIGRATIONS_DIR, f)),
      join(__dirname, '../../fixtures/migrations/pre-baseline-chain.ts')
    ]
    for (const file of frozen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/^\s*import\b|\brequire\(|\$\{/m)
    expect(migrations.map((m) => m.version)).toEqual(files.map((f) => Number(f.split('_')[0])))
  })

  it('builds the same schema and seed rows as the pre-release chain it replaces', () => {
    const chain = storeBuilt(PRE_BASELINE_CHAIN).db
    const baseline = storeBuilt([BASELINE]).db
    const schema = schemaOf(baseline)
    expect(schema.filter((o) => o.type === 'table').length).toBeGreaterThan(30)
    expect(schema).toEqual(schemaOf(chain))
    const rows = rowsOf(baseline)
    expect(rows.countries).toHaveLength(4)
    expect(rows.active_profile).toEqual([{ id: 1, profile_id: 1 }])
    expect(rows).toEqual(rowsOf(chain))
    chain.close()
    baseline.close()
  })

  const drifts: [string, string, string][] = [
    ['a column default', 'fee INTEGER NOT NULL DEFAULT 0', 'fee INTEGER NOT NULL DEFAULT 1'],
    ['a CHECK', "CHECK (kind IN ('terminal','qr'))", "CHECK (kind IN ('terminal','qr','app'))"],
    ['a column type', 'nets_merchant_number TEXT', 'nets_merchant_number INTEGER'],
    ['an index', 'ON transaction_rows(amount, id)', 'ON transaction_rows(amount)'],
    ['a trigger', "'merchant removed'", "'merchant deleted'"],
    ['a seed row', "('NO','Norway','NOK'", "('NO','Noreg','NOK'"]
  ]
  for (const [what, from, to] of drifts) {
    it(`tells a baseline with a changed ${what.replace(/^an? /, '')} from the chain`, () => {
      expect(BASELINE.sql).toContain(from)
      const drifted = storeBuilt([{ ...BASELINE, sql: BASELINE.sql.replace(from, to) }]).db
      const chain = storeBuilt(PRE_BASELINE_CHAIN).db
      expect({ schema: schemaOf(drifted), rows: rowsOf(drifted) }).not.toEqual({ schema: schemaOf(chain), rows: rowsOf(chain) })
      drifted.close()
      chain.close()
    })
  }

  it('opens a store the pre-release chain brought to version 14 as it is, and a demo import adds no table to it', () => {
    const { db: old, file } = storeBuilt(PRE_BASELINE_CHAIN)
    old.prepare("INSERT INTO merchants (name, country, created_at) VALUES ('Fjord Café', 'NO', 0)").run()
    old.close()

    const db = openDb(file)
    expect(applied(db)).toEqual([...PRE_BASELINE_CHAIN, ...LATER].map((m) => m.version))
    // Backed up only when a later migration had to run on it.
    expect(readdirSync(dirname(file)).filter((f) => f.includes('.backup-v14-'))).toHaveLength(LATER.length > 0 ? 1 : 0)
    expect(db.prepare('SELECT name FROM merchants').pluck().all()).toEqual(['Fjord Café'])
    generateDemo(db, { transactions: 3_000, seed: 3 })
    const fresh = openDb(tempPath())
    expect(schemaOf(db)).toEqual(schemaOf(fresh))
    db.close()
    fresh.close()
  })

  it('is the only place tables are made: a new store has the same schema after a demo import', () => {
    const db = openDb(tempPath())
    expect(applied(db)).toEqual(migrations.map((m) => m.version))
    const before = schemaOf(db)
    generateDemo(db, { transactions: 3_000, seed: 5 })
    expect(db.prepare('SELECT COUNT(*) FROM money_day_merchant').pluck().get()).toBeGreaterThan(0)
    expect(schemaOf(db)).toEqual(before)
    db.close()
  })

  it('refuses a store from before the baseline (store_too_old) and changes nothing', () => {
    const { db: old, file } = storeBuilt(PRE_BASELINE_CHAIN.filter((m) => m.version <= 8))
    old.prepare("INSERT INTO merchants (name, country, created_at) VALUES ('Fjord Café', 'NO', 0)").run()
    old.close()
    const bytes = readFileSync(file)

    expect(() => openDb(file)).toThrow(
      expect.objectContaining({ code: 'store_too_old', message: expect.stringContaining('store version 8') })
    )
    const raw = new Database(file)
    expect(() => migrate(raw, file)).toThrow(expect.objectContaining({ code: 'store_too_old' }))
    raw.close()
    expect(readFileSync(file).equals(bytes)).toBe(true)
    expect(readdirSync(dirname(file))).toEqual(['kassa.sqlite'])
  })
})

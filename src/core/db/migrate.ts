import type Database from 'better-sqlite3'
import { backupStore } from './backup'
import { registerTrailHash } from '../merchants/trail-chain'
import { migrations as allMigrations, type Migration } from './migrations'

/**
 * Applies numbered migrations in order, each in its own transaction.
 * A store that already has migrations is backed up to `<file>.backup-v<from>-<timestamp>` first
 * (backupStore: a checked snapshot, whatever other connections are reading or holding in the WAL).
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: Migration[] = allMigrations
): { from: number; to: number; backup?: string } {
  registerTrailHash(db) // migration 14 chains the trail with it
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)'
  )
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
  )
  const from = Math.max(0, ...applied)
  // By membership rather than "above the highest": a lower number that landed later still runs.
  const pending = migrations.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version)
  if (pending.length === 0) return { from, to: from }

  let backup: string | undefined
  if (applied.size > 0 && file !== ':memory:') backup = backupStore(db, `${file}.backup-v${from}-${Date.now()}`).path
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now())
    })()
  }
  return { from, to: Math.max(from, pending[pending.length - 1].version), backup }
}

import { copyFileSync, existsSync, statSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { migrations } from './migrations'

/**
 * Applies numbered migrations in order, each in its own transaction.
 * A non-empty store is copied to `<file>.backup-v<from>-<timestamp>` first.
 */
export function migrate(db: Database.Database, file: string): { from: number; to: number; backup?: string } {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)'
  )
  const from = (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v
  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) return { from, to: from }

  let backup: string | undefined
  if (from > 0 && existsSync(file) && statSync(file).size > 0) {
    backup = `${file}.backup-v${from}-${Date.now()}`
    db.pragma('wal_checkpoint(TRUNCATE)')
    copyFileSync(file, backup)
  }
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now())
    })()
  }
  return { from, to: pending[pending.length - 1].version, backup }
}

import type Database from 'better-sqlite3'
import { UserError } from '../errors'
import { backupStore } from './backup'
import { migrations as allMigrations, versionProblem, type Migration } from './migrations'

const appliedVersions = (db: Database.Database): number[] =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get()
    ? (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
    : []

/** Reads only: refuses a store this build cannot migrate (`store_too_new`, `store_too_old`) before anything writes to it. */
export function refuseUnknownVersion(db: Database.Database, file: string, known: Migration[] = allMigrations): void {
  const found = versionProblem(appliedVersions(db), known)
  if (found?.problem === 'too_new')
    throw new UserError(
      'store_too_new',
      `${file} was written by a newer version of Kassa (store version ${found.version}, this Kassa knows up to ${found.last}): update Kassa to open it; nothing was changed`
    )
  if (found?.problem === 'too_old')
    throw new UserError(
      'store_too_old',
      `${file} was written by a pre-release build of Kassa (store version ${found.version}; this Kassa opens version ${found.first} and later): nothing was changed. Open it once with a Kassa built before the baseline migration to bring it to version ${found.first}, or start a new store and import its files again`
    )
}

/**
 * Applies numbered migrations in order, each in its own transaction, after refusing a store it cannot bring
 * forward. A store that already has migrations is backed up to `<file>.backup-v<from>-<timestamp>` first
 * (backupStore: a checked snapshot, whatever other connections are reading or holding in the WAL).
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: Migration[] = allMigrations
): { from: number; to: number; backup?: string } {
  refuseUnknownVersion(db, file, migrations)
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)'
  )
  const applied = new Set(appliedVersions(db))
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

// Copies of a store: the pre-migration backup, "Back up store…" / `kassa backup`, and restoring one.
import Database from 'better-sqlite3'
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { UserError, type ErrorCode } from '../errors'
import { versionProblem } from './migrations'
import { nodeBinding, type Db } from './open'

const SIDECARS = ['', '-wal', '-shm', '-journal']

/**
 * Writes a consistent copy of `db` to `target` with VACUUM INTO: it reads one snapshot through the
 * store's own connection, so the copy holds every committed row (those still in the WAL too) while
 * other connections keep reading and writing. The copy is integrity-checked before it replaces
 * `target`; a failed check leaves nothing behind.
 */
export function backupStore(db: Db, target: string): { path: string; bytes: number } {
  const path = resolve(target)
  const partial = `${path}.partial-${process.pid}`
  removeStore(partial)
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    withReader(partial, (copy) => integrityCheck(copy, partial, 'backup_corrupt'))
    renameSync(partial, path)
  } catch (err) {
    removeStore(partial)
    if (err instanceof UserError) throw err
    throw new UserError('backup_failed', `could not write the backup to ${path}: ${(err as Error).message}`)
  }
  return { path, bytes: statSync(path).size }
}

/** What a valid Kassa store file holds, read without changing it. */
export interface StoreFileInfo {
  /** Highest migration applied. */
  version: number
  transactions: number
  merchants: number
}

/**
 * Opens `file` read-only and checks it is a whole Kassa store this app can open: `restore_unreadable`,
 * `restore_corrupt` (failed integrity check), `restore_not_kassa`, `restore_too_new` or `restore_too_old` otherwise.
 */
export function checkStoreFile(file: string): StoreFileInfo {
  return withReader(file, (db) => {
    integrityCheck(db, file, 'restore_corrupt')
    const hasTable = (name: string) =>
      !!db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(name)
    if (!hasTable('schema_migrations'))
      throw new UserError('restore_not_kassa', `${file} is an SQLite file but not a Kassa store`)
    const versions = (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
    const found = versionProblem(versions)
    if (found?.problem === 'too_new')
      throw new UserError(
        'restore_too_new',
        `${file} was written by a newer Kassa (store version ${found.version}); update Kassa before restoring it`
      )
    if (found?.problem === 'too_old')
      throw new UserError(
        'restore_too_old',
        `${file} was written by a pre-release build of Kassa (store version ${found.version}; this Kassa opens version ${found.first} and later); nothing was restored`
      )
    const count = (table: string) =>
      hasTable(table) ? (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n : 0
    return { version: Math.max(0, ...versions), transactions: count('transactions'), merchants: count('merchants') }
  })
}

function withReader<T>(file: string, use: (db: Database.Database) => T): T {
  let db: Database.Database
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: nodeBinding() })
  } catch (err) {
    throw new UserError('restore_unreadable', `${file} cannot be opened: ${(err as Error).message}`)
  }
  try {
    return use(db)
  } finally {
    db.close()
  }
}

/** SQLite's full integrity check; a file that is not a database at all fails it too. */
function integrityCheck(db: Database.Database, file: string, code: ErrorCode): void {
  let problems: string[]
  try {
    problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
  } catch (err) {
    throw new UserError(code, `${file} is not a readable SQLite store: ${(err as Error).message}`)
  }
  if (problems.length !== 1 || problems[0] !== 'ok')
    throw new UserError(code, `${file} failed SQLite's integrity check: ${problems.slice(0, 3).join('; ')}`)
}

/**
 * Replaces the store at `dbPath` with the backup `source`: stageRestore, then swapInRestore.
 * The caller reopens the store (which migrates an older backup forward).
 */
export function restoreStore(
  dbPath: string,
  source: string,
  closeCurrent: () => void = () => {}
): StoreFileInfo & { kept: string | null } {
  const staged = stageRestore(dbPath, source)
  return { ...staged.info, kept: swapInRestore(dbPath, staged.path, closeCurrent) }
}

/**
 * The slow half of a restore, done while the store stays open: checks the backup and copies it
 * beside the store as `<store>.restoring-<pid>`. Nothing about the store changes.
 */
export function stageRestore(dbPath: string, source: string): { path: string; info: StoreFileInfo } {
  const store = resolve(dbPath)
  const from = resolve(source)
  if (from === store) throw new UserError('restore_same_file', 'that file is the store itself; pick a backup')
  if (!existsSync(from)) throw new UserError('restore_unreadable', `${from} does not exist`)
  const info = checkStoreFile(from)
  const staged = `${store}.restoring-${process.pid}`
  removeStore(staged)
  withReader(from, (reader) => {
    try {
      reader.prepare('VACUUM INTO ?').run(staged)
    } catch (err) {
      removeStore(staged)
      throw new UserError('restore_failed', `could not copy ${from}: ${(err as Error).message}`)
    }
  })
  return { path: staged, info }
}

/**
 * The quick half: `closeCurrent` closes every connection to the store, its files are renamed aside
 * to `<store>.before-restore-<time>` (kept, not deleted) and the staged copy takes its place.
 * Returns where the replaced store went, or null when there was none.
 */
export function swapInRestore(dbPath: string, staged: string, closeCurrent: () => void = () => {}): string | null {
  const store = resolve(dbPath)
  closeCurrent()
  // The last connection to close removes the WAL file; one still there means another connection
  // (the app, a kassa command, a running import) would go on writing to the store set aside.
  if (existsSync(`${store}-wal`)) {
    removeStore(staged)
    throw new UserError('restore_busy', `${store} is open in another Kassa window or command; close it and restore again`)
  }
  let kept: string | null = null
  if (existsSync(store)) {
    kept = `${store}.before-restore-${Date.now()}`
    for (const suffix of SIDECARS) if (existsSync(store + suffix)) renameSync(store + suffix, kept + suffix)
  }
  renameSync(staged, store)
  return kept
}

function removeStore(file: string): void {
  for (const suffix of SIDECARS) rmSync(file + suffix, { force: true })
}

import Database from 'better-sqlite3'
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../errors'
import { registerTrailHash } from './trail-hash'
import { migrate, refuseUnknownVersion } from './migrate'
import { storeError } from './store-errors'

export type Db = Database.Database

/** Node-ABI copy saved by scripts/save-node-binding.mjs; Electron uses node_modules' own build. */
export function nodeBinding(): string | undefined {
  if (process.versions.electron) return undefined
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
  const file = join(root, '.native', `better_sqlite3-node-${process.versions.modules}.node`)
  return existsSync(file) ? file : undefined
}

export interface OpenOptions {
  /** Skip migrations (used by a worker that opens a store the host already migrated). */
  migrate?: boolean
  /** How long to wait for another connection's write lock before SQLITE_BUSY (the app's window waits less). */
  busyTimeoutMs?: number
}

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** As much of the file as SQLite maps on a 64-bit build (its default ceiling, 2 GB); the rest is read as before. */
const MMAP_BYTES = 0x7fff0000

export function openDb(file: string, options: OpenOptions = {}): Db {
  let db: Db | undefined
  try {
    mkdirSync(dirname(file), { recursive: true })
    db = new Database(file, { nativeBinding: nodeBinding() })
    registerTrailHash(db)
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`)
    refuseUnknownVersion(db, file)
    // Takes effect only when the file is created (a WAL store keeps its page size). A quarter as many pages as 4 KB
    // for the same rows, so an import makes far fewer reads and writes; reads of the screens are no slower.
    db.pragma('page_size = 16384')
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    // Reads map the file's pages instead of copying each into SQLite's page cache: a screen's first read of pages
    // it has not touched yet (every new filter on the dashboard) no longer pays for the copy and the cache growing.
    db.pragma(`mmap_size = ${MMAP_BYTES}`)
    if (options.migrate !== false) migrate(db, file)
    return db
  } catch (err) {
    const known = err instanceof UserError ? err : storeError(err, db, file)
    db?.close()
    // A WAL store whose folder cannot be written cannot even be read (SQLite must create the -shm file).
    if (!known && (err as { code?: string }).code === 'SQLITE_CANTOPEN' && !(writable(file) && writable(dirname(file))))
      throw storeError(Object.assign(new Error(), { code: 'SQLITE_READONLY' }), undefined, file)!
    throw known ?? err
  }
}

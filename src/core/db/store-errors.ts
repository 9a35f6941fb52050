import type Database from 'better-sqlite3'
import { UserError } from '../errors'

/** How long a connection waits for another's write lock before `store_busy`; a window must not hang on it. */
export const APP_BUSY_TIMEOUT_MS = 500

const sqliteCode = (err: unknown): string =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : ''

/** The first problem `PRAGMA quick_check` finds, or why it could not run. */
function quickCheck(db: Database.Database | undefined): string {
  if (!db?.open) return 'quick_check could not run'
  try {
    const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[]
    const found = rows.map((r) => r.quick_check).filter((m) => m !== 'ok')
    return found.length ? `quick_check: ${found.join('; ')}` : 'quick_check found no damage, but reading failed'
  } catch (err) {
    return `quick_check: ${err instanceof Error ? err.message : String(err)}`
  }
}

/**
 * A store-level SQLite failure as an error a person can act on (`store_read_only`, `store_corrupt`, `store_busy`),
 * or undefined when `err` is something else. `db` lets a corrupt store be confirmed with quick_check.
 */
export function storeError(err: unknown, db?: Database.Database, file?: string): UserError | undefined {
  const code = sqliteCode(err)
  const store = file ? `the store ${file}` : 'the store'
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return new UserError(
      'store_read_only',
      `${store} is read-only: Kassa needs to write to the file and its folder (check permissions, or copy it somewhere writable)`
    )
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new UserError('store_corrupt', `${store} is damaged or not a Kassa store (${quickCheck(db)}); restore a backup`)
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new UserError(
      'store_busy',
      `${store} is busy: another program (such as a running \`kassa import\`) is writing to it; try again when it has finished`
    )
  return undefined
}

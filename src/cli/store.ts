import { createContext, defaultDbPath } from '../core/context'
import type { Ctx } from '../core/api'

/** The path of the store named by --db, else $KASSA_DB, else the desktop app's own. */
export function storePath(values: { db?: unknown }): string {
  return typeof values.db === 'string' && values.db ? values.db : defaultDbPath()
}

/** Opens (and migrates) the store named by --db, else $KASSA_DB, else the desktop app's own. */
export function openStore(values: { db?: unknown }): Ctx {
  return createContext({ dbPath: storePath(values) })
}

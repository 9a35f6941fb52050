import { createContext, defaultDbPath } from '../core/context'
import type { Ctx } from '../core/api'

/** The store named by --db, else $KASSA_DB, else the desktop app's own. */
export function openStore(values: { db?: unknown }): Ctx {
  const dbPath = typeof values.db === 'string' && values.db ? values.db : defaultDbPath()
  return createContext({ dbPath })
}

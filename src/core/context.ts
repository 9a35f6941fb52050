import { dirname, join } from 'node:path'
import { homedir } from 'node:os'
import type { Ctx, Host } from './api/route'
import { openDb } from './db/open'
import { ensureReferenceRates } from './fx/rates'

/** Mirrors Electron's app.getPath('userData') for productName "Kassa", so the CLI finds the app's store. */
export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kassa')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kassa')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kassa')
}

export function defaultDbPath(): string {
  return process.env.KASSA_DB || join(defaultDataDir(), 'kassa.sqlite')
}

export const noDialogs: Host = {
  pickFiles: async () => [],
  pickSavePath: async () => null,
  openPath: async () => {},
  takeDroppedFiles: () => []
}

/** Opens (and migrates) a store and builds the context every host passes to routes. */
export function createContext(options: {
  dbPath: string
  host?: Host
  emit?: Ctx['emit']
  dataDir?: string
  /** The window passes a short wait so a store another program is writing answers `store_busy` instead of hanging. */
  busyTimeoutMs?: number
}): Ctx {
  const db = openDb(options.dbPath, { busyTimeoutMs: options.busyTimeoutMs })
  ensureReferenceRates(db)
  return {
    db,
    dbPath: options.dbPath,
    dataDir: options.dataDir ?? dirname(options.dbPath),
    emit: options.emit ?? (() => {}),
    host: options.host ?? noDialogs
  }
}

import { afterAll, beforeAll } from 'vitest'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { activeProfile, type Actor } from '../../../src/core/merchants/profiles'
import { syncOnce, type SyncOptions } from '../../../src/core/sync/run'
import { startCluster, type Cluster } from '../../pg/cluster'
import { tempPath } from '../tmp'

/** One PostgreSQL cluster for a test file; each test takes a database of its own from it. */
export function useCluster(): { cluster: () => Cluster; database: () => string } {
  let cluster: Cluster
  let n = 0
  beforeAll(() => {
    cluster = startCluster()
  })
  afterAll(() => cluster?.stop())
  return {
    cluster: () => cluster,
    database: () => {
      const name = `team_${++n}`
      cluster.psql(`CREATE DATABASE ${name}`)
      return name
    }
  }
}

export interface LocalStore {
  db: Db
  admin: Actor
  sync(url: string, options?: Partial<SyncOptions>): ReturnType<typeof syncOnce>
}

/** A desktop's own store (SQLite in a temp folder). */
export function localStore(): LocalStore {
  const ctx = createContext({ dbPath: tempPath() })
  return { db: ctx.db, admin: activeProfile(ctx.db), sync: (url, options) => syncOnce(ctx.db, { url, ...options }) }
}

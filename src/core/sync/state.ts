import type { Db } from '../db/open'

/** Sync's own local keys (src/core/db/migrations/017_sync.ts): the node id, the clock, cursors. */
export function getState(db: Db, key: string): string | undefined {
  return db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined
}

export function setState(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value
  )
}

export const nodeId = (db: Db): string => getState(db, 'node')!

export const cursor = (db: Db, name: string): number => Number(getState(db, `cursor:${name}`) ?? 0)
export const setCursor = (db: Db, name: string, value: number): void => setState(db, `cursor:${name}`, String(value))

/**
 * The hybrid logical clock on receiving a remote version: never behind what the team has seen, so the next local
 * edit orders after it even when this machine's wall clock is late.
 */
export function observeClock(db: Db, remoteHlc: number): void {
  db.prepare("UPDATE sync_state SET value = CAST(max(CAST(value AS INTEGER), ?) AS TEXT) WHERE key = 'hlc'").run(remoteHlc)
}

/** Runs `fn` inside one local transaction with the change-tracking triggers standing aside. */
export function applying<T>(db: Db, fn: () => T): T {
  return db.transaction(() => {
    setState(db, 'applying', '1')
    try {
      return fn()
    } finally {
      setState(db, 'applying', '0')
    }
  })()
}

/** Orders two versions: clock value first, node id breaks a tie. */
export const newer = (a: { hlc: number; node: string }, b: { hlc: number; node: string }): boolean =>
  a.hlc > b.hlc || (a.hlc === b.hlc && a.node > b.node)

import type Database from 'better-sqlite3'
import { CHAINED_COLUMNS, eventHash } from '../db/trail-hash'

// Checks the onboarding trail's hash chain (db/trail-hash.ts says what each hash covers).

export type TrailCheck = { verified: true; events: number } | { verified: false; events: number; brokenAt: number }

/** Walks the whole trail oldest first; `brokenAt` is the id of the first event whose hash does not follow. */
export function verifyTrail(db: Database.Database): TrailCheck {
  const rows = db
    .prepare(`SELECT ${CHAINED_COLUMNS.join(', ')}, hash FROM merchant_events ORDER BY id`)
    .raw()
    .iterate() as IterableIterator<unknown[]>
  let previous: string | null = null
  let events = 0
  for (const row of rows) {
    const hash = row[row.length - 1]
    if (hash !== eventHash(previous, row.slice(0, -1))) return { verified: false, events, brokenAt: Number(row[0]) }
    previous = hash as string
    events++
  }
  return { verified: true, events }
}

const lastCheck = new WeakMap<Database.Database, { key: string; check: TrailCheck }>()

/**
 * verifyTrail again only when the store changed since this connection last checked: data_version moves when
 * another connection (an SQL client, the CLI) commits, total_changes when this one writes.
 */
export function verifyTrailOnChange(db: Database.Database): TrailCheck {
  const key = `${db.pragma('data_version', { simple: true })}:${(db.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`
  const last = lastCheck.get(db)
  if (last?.key === key) return last.check
  const check = verifyTrail(db)
  lastCheck.set(db, { key, check })
  return check
}

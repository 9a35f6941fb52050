import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * Tamper evidence for the onboarding audit trail: each event's hash covers its own fields and the hash of the
 * event before it, so changing, removing or inserting an event (with an SQL client, past the triggers) breaks
 * the chain from that event on. Someone who also recomputes every later hash is not caught: this is evidence
 * against quiet edits, not a signature.
 */
export const TRAIL_HASH_FUNCTION = 'kassa_trail_hash'

/** The columns each hash covers, in the order they are hashed (after the previous event's hash). */
export const CHAINED_COLUMNS = [
  'id',
  'merchant_id',
  'at',
  'profile_id',
  'profile_name',
  'kind',
  'field',
  'before',
  'after',
  'note'
] as const

export function eventHash(previous: string | null, fields: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([previous, ...fields.map((f) => (typeof f === 'bigint' ? Number(f) : f))]))
    .digest('hex')
}

/** The SQL function the chaining trigger and the back-fill migration call: (previous hash, …CHAINED_COLUMNS). */
export function registerTrailHash(db: Database.Database): void {
  db.function(TRAIL_HASH_FUNCTION, { deterministic: true, varargs: true }, (previous: unknown, ...fields: unknown[]) =>
    eventHash(typeof previous === 'string' ? previous : null, fields)
  )
}

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

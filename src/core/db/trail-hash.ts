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

/**
 * The SQL function the chaining trigger and the back-fill migration call: (previous hash, …CHAINED_COLUMNS).
 * Part of the schema, so every connection registers it when the store opens; merchants/trail-chain.ts checks the chain.
 */
export function registerTrailHash(db: Database.Database): void {
  db.function(TRAIL_HASH_FUNCTION, { deterministic: true, varargs: true }, (previous: unknown, ...fields: unknown[]) =>
    eventHash(typeof previous === 'string' ? previous : null, fields)
  )
}

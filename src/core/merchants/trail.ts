import type { Db } from '../db/open'
import type { Actor } from './profiles'

/**
 * The onboarding audit trail. This module only ever INSERTs and SELECTs: there is no function that
 * edits or removes an entry, and the table's triggers refuse UPDATE and DELETE from anywhere else.
 */
export type EventKind =
  | 'created'
  | 'field'
  | 'stage'
  | 'checklist'
  | 'assignment'
  | 'document'
  | 'store'
  | 'terminal'
  | 'deleted'
  | 'import_undone'
  | 'merged'

export interface TrailEntry {
  merchantId: number
  kind: EventKind
  field?: string | null
  before?: string | null
  after?: string | null
  note?: string | null
}

export interface TimelineEvent {
  id: number
  at: number
  profileId: number | null
  profileName: string
  kind: EventKind
  field: string | null
  before: string | null
  after: string | null
  note: string | null
}

/** `id: null` is the system itself (adopting merchants that an import or the demo created). */
export function appendEvent(
  db: Db,
  actor: Pick<Actor, 'name'> & { id: number | null },
  entry: TrailEntry,
  at = Date.now()
): void {
  db.prepare(
    `INSERT INTO merchant_events (merchant_id, at, profile_id, profile_name, kind, field, before, after, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    entry.merchantId,
    at,
    actor.id,
    actor.name,
    entry.kind,
    entry.field ?? null,
    entry.before ?? null,
    entry.after ?? null,
    entry.note ?? null
  )
}

/** Oldest first. Events before the merchant's creation belong to an earlier merchant that had the same id. */
export function timeline(db: Db, merchantId: number): TimelineEvent[] {
  return db
    .prepare(
      `SELECT e.id, e.at, e.profile_id AS profileId, e.profile_name AS profileName, e.kind, e.field, e.before, e.after, e.note
         FROM merchant_events e JOIN merchants m ON m.id = e.merchant_id
        WHERE e.merchant_id = ? AND e.at >= m.created_at
        ORDER BY e.at, e.id`
    )
    .all(merchantId) as TimelineEvent[]
}

import type { Db } from '../db/open'

/** Records which profile imported a batch: a rep may undo their own imports only. */
export function setBatchOwner(db: Db, batchId: number, profileId: number): void {
  db.prepare('UPDATE import_batches SET profile_id = ? WHERE id = ?').run(profileId, batchId)
}

/** The batch's importing profile (null: imported before profiles, or by the command line); undefined: no such batch. */
export function batchOwner(db: Db, batchId: number): number | null | undefined {
  const batch = db.prepare('SELECT profile_id AS profileId FROM import_batches WHERE id = ?').get(batchId) as
    { profileId: number | null } | undefined
  return batch?.profileId
}

import type { Db } from './open'

/** Highest transaction id so far (0 for none); a batch written next gets the ids after it. */
export const lastTransactionId = (db: Db): number =>
  (db.prepare('SELECT COALESCE(MAX(id), 0) FROM transactions').pluck().get() as number) ?? 0

/** Records the id range of a batch's rows: every row it wrote has an id after `before`. */
export function closeBatchRange(db: Db, batchId: number, before: number): void {
  db.prepare('UPDATE import_batches SET first_id = ?, last_id = ? WHERE id = ?').run(before + 1, lastTransactionId(db), batchId)
}

/**
 * `WHERE` clause and parameters for one batch's rows in `transactions` (alias `alias`): its id range, so
 * the rowid is searched instead of an index on batch_id. Rows a batch wrote without recording its range
 * (test fixtures) are found once by a scan and the range recorded.
 */
export function batchRows(db: Db, batchId: number, alias = 'transactions'): { sql: string; params: number[] } {
  const stored = db.prepare('SELECT first_id AS first, last_id AS last FROM import_batches WHERE id = ?').get(batchId) as
    { first: number | null; last: number | null } | undefined
  let range = stored && stored.first !== null && stored.last !== null ? [stored.first, stored.last] : null
  if (!range) {
    const found = db.prepare('SELECT MIN(id) AS first, MAX(id) AS last FROM transactions WHERE batch_id = ?').get(batchId) as {
      first: number | null
      last: number | null
    }
    range = [found.first ?? 1, found.last ?? 0]
    db.prepare('UPDATE import_batches SET first_id = ?, last_id = ? WHERE id = ?').run(range[0], range[1], batchId)
  }
  return { sql: `${alias}.id BETWEEN ? AND ? AND ${alias}.batch_id = ?`, params: [range[0], range[1], batchId] }
}

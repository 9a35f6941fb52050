import type { Db } from '../db/open'

/** The merchants assigned to a reps row (a manager's own shops), by id. */
export function shopsOfRep(db: Db, repId: number): number[] {
  return db.prepare('SELECT id FROM merchants WHERE rep_id = ? ORDER BY id').pluck().all(repId) as number[]
}

/** The name of a reps row. */
export function repName(db: Db, repId: number): string | undefined {
  return db.prepare('SELECT name FROM reps WHERE id = ?').pluck().get(repId) as string | undefined
}

/** The merchant a transaction belongs to; undefined when there is no such transaction. */
export function merchantOfTransaction(db: Db, transactionId: number): number | undefined {
  return db.prepare('SELECT merchant_id FROM transactions WHERE id = ?').pluck().get(transactionId) as number | undefined
}

import { batchRows } from '../db/batch-rows'
import type { Db } from '../db/open'
import { FactRuns } from './fact-runs'
import { FactStager, type Fact } from './fact-stager'
import { applyStaged } from './maintain'
import { SqlStageWriter } from './stage-writer'
import { startStaging } from './staging'

/** What a batch of stored rows adds to (or takes from) daily_rollup and the cubes, gathered row by row. */
export interface RollupBatch {
  /** Adds (sign 1) or takes back (sign -1: a stored row changed or goes) one stored row. */
  add(fact: Fact, sign?: 1 | -1): void
  /** Writes what was gathered into daily_rollup and every cube. */
  finish(): void
}

/**
 * Starts gathering one batch's rows for the rollups. Call inside the transaction that writes the rows, and
 * finish it there, so rows and rollups never disagree. With `removing`, the batch takes rows out of the
 * store (an undo): rollup and cube rows it empties are deleted when it finishes.
 */
export function beginBatch(db: Db, { removing = false } = {}): RollupBatch {
  startStaging(db)
  const facts = new FactRuns(db, new FactStager(new SqlStageWriter(db)))
  return {
    add: (fact, sign = 1) => facts.add(fact, sign),
    finish() {
      facts.finish()
      applyStaged(db, removing)
    }
  }
}

/** Rows read back at a time: bounds memory however large the batch. */
const PAGE = 10_000

/** Every stored row matching `where` (on `transactions t`), as facts, a page at a time in id order. */
export function* storedFacts(db: Db, where: { sql: string; params: unknown[] }): Generator<Fact> {
  const page = db.prepare(
    `SELECT t.id, t.day, m.country, t.merchant_id AS merchantId, t.store_id AS storeId, t.occurred_at AS occurredAt, t.kind,
            t.status, t.method, t.origin, t.amount, t.currency, t.fee
       FROM transactions t JOIN merchants m ON m.id = t.merchant_id
      WHERE ${where.sql} AND t.id > ? ORDER BY t.id LIMIT ${PAGE}`
  )
  for (let after = 0; ;) {
    const rows = page.all(...where.params, after) as (Fact & { id: number })[]
    yield* rows
    if (rows.length < PAGE) return
    after = rows[rows.length - 1].id
  }
}

/**
 * Adds (sign 1) or removes (sign -1, an undo) one stored import batch's rows in daily_rollup and every cube.
 * Call inside the transaction that inserts or deletes the batch.
 */
export function applyBatch(db: Db, batchId: number, sign: 1 | -1): void {
  const batch = beginBatch(db, { removing: sign === -1 })
  for (const fact of storedFacts(db, batchRows(db, batchId, 't'))) batch.add(fact, sign)
  batch.finish()
}

import type { Db } from '../db/open'
import { afterRollupChange, beforeRollupChange } from './maintain'

/**
 * Adds (sign = 1) or removes (sign = -1) one import batch's rows in daily_rollup and in the
 * analytics cubes built on it. Call inside the transaction that inserts or deletes the batch,
 * so the two never disagree.
 */
export function applyBatchToRollup(db: Db, batchId: number, sign: 1 | -1): void {
  beforeRollupChange(db, batchId)
  db.prepare(
    `INSERT INTO daily_rollup (day, merchant_id, store_id, method, origin, currency, kind, count, amount, fee)
     SELECT day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind,
            ? * COUNT(*), ? * SUM(amount), ? * COALESCE(SUM(fee), 0)
       FROM transactions
      WHERE batch_id = ? AND status <> 'failed'
      GROUP BY day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind
     ON CONFLICT (day, merchant_id, store_id, method, origin, currency, kind) DO UPDATE
        SET count = count + excluded.count, amount = amount + excluded.amount, fee = fee + excluded.fee`
  ).run(sign, sign, sign, batchId)
  if (sign === -1) db.prepare('DELETE FROM daily_rollup WHERE count = 0').run()
  afterRollupChange(db, batchId, sign)
}

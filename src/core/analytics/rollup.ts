import type { Db } from '../db/open'
import { afterRollupChange, beforeRollupChange } from './maintain'

/**
 * Adds (sign = 1) or removes (sign = -1) one import batch's rows in daily_rollup and in the
 * analytics cubes built on it. Call inside the transaction that inserts or deletes the batch,
 * so the two never disagree.
 */
export function applyBatchToRollup(db: Db, batchId: number, sign: 1 | -1): void {
  // Groups the batch's rows into their daily_rollup cells (temp.kassa_batch_cells), read below.
  beforeRollupChange(db, batchId)
  db.prepare(
    `INSERT INTO daily_rollup (day, merchant_id, store_id, method, origin, currency, kind, count, amount, fee)
     SELECT day, merchant_id, store_id, method, origin, currency, kind, ? * count, ? * amount, ? * fee
       FROM temp.kassa_batch_cells
      WHERE true
     ON CONFLICT (day, merchant_id, store_id, method, origin, currency, kind) DO UPDATE
        SET count = count + excluded.count, amount = amount + excluded.amount, fee = fee + excluded.fee`
  ).run(sign, sign, sign)
  if (sign === -1) db.prepare('DELETE FROM daily_rollup WHERE count = 0').run()
  afterRollupChange(db, batchId, sign)
}

import type { Db } from '../db/open'
import { applyStaged } from './maintain'
import { stageRows, startStaging } from './staging'

/**
 * Adds (sign = 1) or removes (sign = -1) one import batch's rows in daily_rollup and in the
 * analytics cubes built on it. Call inside the transaction that inserts or deletes the batch,
 * so the two never disagree.
 */
export function applyBatchToRollup(db: Db, batchId: number, sign: 1 | -1): void {
  startStaging(db)
  stageRows(db, batchId)
  applyStaged(db, sign)
}

import type { Db } from '../db/open'
import { applyStaged, rebuildMoneyCubes } from '../analytics/maintain'
import { rebuildDailyRates } from '../fx/rates'
import { startStaging, stageRows } from '../analytics/staging'

/**
 * The one place sync reaches the analytics cubes: rows pulled from the team store are added to the local cubes
 * like an import's, the cubes themselves never travel. (The cube writers are moving; re-point only this file.)
 */
export function addBatchToCubes(db: Db, batchId: number): void {
  startStaging(db)
  stageRows(db, batchId)
  applyStaged(db, 1)
}

/** Exchange rates pulled from the team: carried forward to every day again and the converted cubes recomputed. */
export function ratesChanged(db: Db): void {
  rebuildDailyRates(db)
  rebuildMoneyCubes(db)
}

import type { Db } from '../db/open'
import { rebuildDailyRates } from '../fx/rates'
import { applyBatch, rebuildAllCubes, rebuildMoneyCubes } from '../rollup'

/**
 * The one place sync reaches the analytics cubes, through the rollup's API: rows pulled from the team store are
 * added to the local cubes like an import's; the cubes themselves never travel.
 */
export function addBatchToCubes(db: Db, batchId: number): void {
  applyBatch(db, batchId, 1)
}

/** Exchange rates pulled from the team: carried forward to every day again and the converted cubes recomputed. */
export function ratesChanged(db: Db): void {
  rebuildDailyRates(db)
  rebuildMoneyCubes(db)
}

/** The rollups no longer match the rows (set in the transaction that changed them); rebuildCubes clears it. */
export function markCubesStale(db: Db): void {
  db.prepare("INSERT OR IGNORE INTO analytics_state (key, value) VALUES ('cubes_stale', '1')").run()
  // The app's own stale flag is cleared by any rebuild; this one survives until sync's own rebuild has run.
  db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('rollup_stale', '1')").run()
}

/** A pull was interrupted between its files and the rebuild at its end. */
export const rollupStale = (db: Db): boolean =>
  db.prepare("SELECT 1 FROM sync_state WHERE key = 'rollup_stale' AND value = '1'").get() !== undefined

/** daily_rollup and every cube from every stored row, then the interrupted-pull mark cleared with them. */
export function rebuildCubes(db: Db): void {
  db.transaction(() => {
    rebuildAllCubes(db)
    db.prepare("DELETE FROM sync_state WHERE key = 'rollup_stale'").run()
  })()
}

import type { Db } from '../db/open'
import { CUBES } from '../analytics/cubes'
import { applyStaged, ensureCubeTables, rebuildMoneyCubes } from '../analytics/maintain'
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

/** The rollups no longer match the rows (set in the transaction that changed them); rebuildCubes clears it. */
export function markCubesStale(db: Db): void {
  db.prepare("INSERT OR IGNORE INTO analytics_state (key, value) VALUES ('cubes_stale', '1')").run()
  // The app's own stale flag rebuilds the cubes from daily_rollup only; this one asks sync to rebuild that too.
  db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('rollup_stale', '1')").run()
}

/** A pull was interrupted between its files and the rebuild at its end. */
export const rollupStale = (db: Db): boolean =>
  db.prepare("SELECT 1 FROM sync_state WHERE key = 'rollup_stale' AND value = '1'").get() !== undefined

/**
 * daily_rollup and every cube from every stored row in one staging pass: emptied, then filled the way an import
 * into an empty store fills them.
 */
export function rebuildCubes(db: Db): void {
  db.transaction(() => {
    ensureCubeTables(db)
    db.exec('DELETE FROM daily_rollup')
    for (const cube of CUBES) db.exec(`DELETE FROM ${cube.table}`)
    startStaging(db)
    stageRows(db, null)
    applyStaged(db, 1)
    db.prepare("DELETE FROM analytics_state WHERE key = 'cubes_stale'").run()
    db.prepare("DELETE FROM sync_state WHERE key = 'rollup_stale'").run()
  })()
}

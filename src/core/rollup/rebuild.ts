import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { beginBatch, storedFacts } from './batch'
import { CUBES } from './cubes'
import { registerAnalyticsFunctions } from './sql'

/** Recomputes daily_rollup and every cube from the stored rows. */
export function rebuildAllCubes(db: Db): void {
  registerAnalyticsFunctions(db)
  db.transaction(() => {
    for (const table of ['daily_rollup', ...CUBES.map((c) => c.table)]) db.exec(`DELETE FROM ${table}`)
    const batch = beginBatch(db)
    for (const fact of storedFacts(db, { sql: 'true', params: [] })) batch.add(fact)
    batch.finish()
    db.prepare("DELETE FROM analytics_state WHERE key = 'cubes_stale'").run()
  })()
}

/**
 * Fills the cubes once for a store whose migration (or an interrupted sync) asked for it ('cubes_stale'). Every cube
 * read asks, so the check is one seek through a statement prepared once per connection.
 */
export function ensureCubes(db: Db): void {
  registerAnalyticsFunctions(db)
  if (prepared(db, "SELECT 1 FROM analytics_state WHERE key = 'cubes_stale'").get()) rebuildAllCubes(db)
}

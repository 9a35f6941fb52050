import type { Db } from '../db/open'
import { COMBOS } from './cubes'
import { registerAnalyticsFunctions } from './sql'

/**
 * Where a batch's daily_rollup cells wait until applyStaged (src/core/rollup/maintain.ts) applies them:
 * kassa_batch_cells (count, amount, fee; failed rows left out), filled by the fact stager
 * (src/core/rollup/fact-stager.ts), which writes the hour and ticket cells straight into their cubes.
 */
export const CELL_KEYS = ['day', 'merchant_id', 'store_id', 'method', 'origin', 'currency', 'kind']
export const FACT_MEASURES = ['count', ...COMBOS.map((c) => c.column)]

/** Creates (once per connection: temp tables live with it) and empties the staging tables. */
export function startStaging(db: Db): void {
  registerAnalyticsFunctions(db)
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_batch_cells (
    day TEXT, merchant_id INTEGER, store_id INTEGER, method TEXT, origin TEXT, currency TEXT, kind TEXT,
    count INTEGER, amount INTEGER, fee INTEGER, PRIMARY KEY (${CELL_KEYS.join(', ')})) WITHOUT ROWID`)
  db.exec('DELETE FROM temp.kassa_batch_cells')
}

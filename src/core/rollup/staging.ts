import type { Db } from '../db/open'
import { COMBOS, FAMILY_KEYS } from './cubes'
import { registerAnalyticsFunctions } from './sql'

/**
 * Where a batch's rollup cells wait until applyStaged (src/core/rollup/maintain.ts) applies them: the temp tables
 * the fact stager (src/core/rollup/fact-stager.ts) fills, the one definition of what a batch adds to the rollups.
 * - kassa_batch_cells: its daily_rollup cells (count, amount, fee; failed rows left out);
 * - kassa_delta_{hour,ticket}_day_country: its payments per day × country × weekday/hour or × currency/ticket
 *   bucket, one column per method × origin combination (COMBOS).
 * The stager writes the day × merchant and month hour and ticket cells straight into their cubes.
 */
export const CELL_KEYS = ['day', 'merchant_id', 'store_id', 'method', 'origin', 'currency', 'kind']
export const FACT_MEASURES = ['count', ...COMBOS.map((c) => c.column)]
export const factTable = (family: 'hour' | 'ticket') => `kassa_delta_${family}_day_country`
export const factCellKeys = (family: 'hour' | 'ticket') => ['day', 'country', ...FAMILY_KEYS[family]]

/** Creates (once per connection: temp tables live with it) and empties the staging tables. */
export function startStaging(db: Db): void {
  registerAnalyticsFunctions(db)
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_batch_cells (
    day TEXT, merchant_id INTEGER, store_id INTEGER, method TEXT, origin TEXT, currency TEXT, kind TEXT,
    count INTEGER, amount INTEGER, fee INTEGER, PRIMARY KEY (${CELL_KEYS.join(', ')})) WITHOUT ROWID`)
  db.exec('DELETE FROM temp.kassa_batch_cells')
  for (const family of ['hour', 'ticket'] as const) {
    const keys = factCellKeys(family)
    const type = (k: string) => (['day', 'country', 'currency'].includes(k) ? 'TEXT' : 'INTEGER')
    // Keyed in group order, so each cube is read from its table without a sort.
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${factTable(family)} (
      ${keys.map((k) => `${k} ${type(k)}`).join(', ')}, ${FACT_MEASURES.map((m) => `${m} INTEGER`).join(', ')},
      PRIMARY KEY (${keys.join(', ')})) WITHOUT ROWID`)
    db.exec(`DELETE FROM temp.${factTable(family)}`)
  }
}

import { batchRows } from '../db/batch-rows'
import type { Db } from '../db/open'
import { COMBOS, FAMILY_KEYS } from './cubes'
import { bucketSql, registerAnalyticsFunctions, weekdaySql } from './sql'

/**
 * What one batch adds to the rollups, staged in temp tables before it is applied (src/core/analytics/rollup.ts):
 * - kassa_batch_cells: its daily_rollup cells (count, amount, fee; failed rows left out);
 * - kassa_delta_{hour,ticket}_{day,day_country,month}: its payments per day × merchant, day × country and
 *   month × merchant (the month in `day`), × weekday/hour or × currency/ticket bucket, one column per
 *   method × origin combination (COMBOS). Each hour and ticket cube is summed from one of them.
 * Staged either from the batch's stored rows (SQL, below) or, while importing, from each row as it goes in
 * (FactStager, src/core/analytics/fact-stager.ts), which writes its day × merchant cells straight into their
 * cubes instead of kassa_delta_*_day.
 */
export const CELL_KEYS = ['day', 'merchant_id', 'store_id', 'method', 'origin', 'currency', 'kind']
export const FACT_MEASURES = ['count', ...COMBOS.map((c) => c.column)]
export const STAGE_GRAINS = ['day', 'day_country', 'month'] as const
export type StageGrain = (typeof STAGE_GRAINS)[number]
export const factTable = (family: 'hour' | 'ticket', grain: StageGrain) => `kassa_delta_${family}_${grain}`
export const factCellKeys = (family: 'hour' | 'ticket', grain: StageGrain) =>
  grain === 'day_country' ? ['day', 'country', ...FAMILY_KEYS[family]] : ['day', 'country', 'merchant_id', ...FAMILY_KEYS[family]]

/** Creates (once per connection) and empties the staging tables. */
export function startStaging(db: Db): void {
  registerAnalyticsFunctions(db)
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_batch_cells (
    day TEXT, merchant_id INTEGER, store_id INTEGER, method TEXT, origin TEXT, currency TEXT, kind TEXT,
    count INTEGER, amount INTEGER, fee INTEGER, PRIMARY KEY (${CELL_KEYS.join(', ')})) WITHOUT ROWID`)
  db.exec('DELETE FROM temp.kassa_batch_cells')
  for (const family of ['hour', 'ticket'] as const)
    for (const grain of STAGE_GRAINS) {
      const keys = factCellKeys(family, grain)
      const type = (k: string) => (['day', 'country', 'currency'].includes(k) ? 'TEXT' : 'INTEGER')
      // Keyed in group order, so each cube is read from its table without a sort.
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${factTable(family, grain)} (
        ${keys.map((k) => `${k} ${type(k)}`).join(', ')}, ${FACT_MEASURES.map((m) => `${m} INTEGER`).join(', ')},
        PRIMARY KEY (${keys.join(', ')})) WITHOUT ROWID`)
      db.exec(`DELETE FROM temp.${factTable(family, grain)}`)
    }
}

/** Stages one batch's stored rows (or, with null, every row: a full rebuild). */
export function stageRows(db: Db, batchId: number | null, withCells = true): void {
  const rows = batchId === null ? { sql: 'true', params: [] as number[] } : batchRows(db, batchId, 'tx')
  if (withCells)
    db.prepare(
      `INSERT INTO temp.kassa_batch_cells
       SELECT day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind, COUNT(*), SUM(amount), COALESCE(SUM(fee), 0)
         FROM transactions tx WHERE ${rows.sql} AND status <> 'failed'
        GROUP BY day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind`
    ).run(...rows.params)
  for (const family of ['hour', 'ticket'] as const) {
    const keySql =
      family === 'hour'
        ? [weekdaySql('tx.day'), 'kassa_local_hour(tx.occurred_at, m.country)']
        : ['tx.currency', bucketSql('tx.amount')]
    db.prepare(
      `INSERT INTO temp.${factTable(family, 'day')}
       SELECT tx.day, m.country, tx.merchant_id, ${keySql.join(', ')}, COUNT(*),
              ${COMBOS.map((c) => `SUM(CASE WHEN ${c.sql} THEN 1 ELSE 0 END)`).join(', ')}
         FROM transactions tx JOIN merchants m ON m.id = tx.merchant_id
        WHERE ${rows.sql} AND tx.status <> 'failed' AND tx.kind = 'payment'
        GROUP BY 1, 2, 3, 4, 5`
    ).run(...rows.params)
    stageCoarser(db, family)
  }
}

/** The day × country and month × merchant cells, grouped from the staged day × merchant ones. */
function stageCoarser(db: Db, family: 'hour' | 'ticket'): void {
  const sums = FACT_MEASURES.map((m) => `SUM(${m})`).join(', ')
  const dayCountry = factCellKeys(family, 'day_country')
  db.exec(
    `INSERT INTO temp.${factTable(family, 'day_country')}
     SELECT ${dayCountry.join(', ')}, ${sums} FROM temp.${factTable(family, 'day')} GROUP BY ${dayCountry.join(', ')}`
  )
  const month = factCellKeys(family, 'month')
  db.exec(
    `INSERT INTO temp.${factTable(family, 'month')}
     SELECT substr(day, 1, 7), ${month.slice(1).join(', ')}, ${sums} FROM temp.${factTable(family, 'day')}
      GROUP BY ${month.map((_, i) => i + 1).join(', ')}`
  )
}

import { batchRows } from '../db/batch-rows'
import type { Db } from '../db/open'
import { localHour, type CountryCode } from '../time/zones'
import {
  COMBOS,
  CUBES,
  FAMILY_KEYS,
  LEVEL_KEYS,
  TARGETS,
  amountColumn,
  cubeDdl,
  cubeKeys,
  cubeMeasures,
  type Cube,
  type Grain
} from './cubes'

const CELL_KEYS = ['day', 'merchant_id', 'store_id', 'method', 'origin', 'currency', 'kind']

const registered = new WeakSet<Db>()

/** SQL functions the cubes need: the local hour of an instant in a merchant's country. */
export function registerAnalyticsFunctions(db: Db): void {
  if (registered.has(db)) return
  db.function('kassa_local_hour', { deterministic: true }, (ms: unknown, country: unknown) =>
    localHour(Number(ms), country as CountryCode)
  )
  registered.add(db)
}

/** Monday = 0 … Sunday = 6, from a 'YYYY-MM-DD' column. */
export const weekdaySql = (day: string) => `((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7)`
/** Eight buckets per doubling of the amount in minor units; bucket b holds [2^(b/8), 2^((b+1)/8)). */
export const BUCKETS_PER_DOUBLING = 8
export const bucketSql = (amount: string) =>
  `(CASE WHEN ${amount} > 0 THEN CAST(floor(${BUCKETS_PER_DOUBLING} * log2(${amount})) AS INTEGER) ELSE -1 END)`

/** One rollup cell converted into `target` exactly as stats() converts it (rounded per cell). */
export const convertSql = (target: string) =>
  `COALESCE(CAST(ROUND(r.amount * fs.nok_per_unit / f_${target.toLowerCase()}.nok_per_unit) AS INTEGER), 0)`

function targetJoins(): string {
  return TARGETS.map(
    (c) =>
      `LEFT JOIN fx_daily f_${c.toLowerCase()} ON f_${c.toLowerCase()}.day = r.day AND f_${c.toLowerCase()}.currency = '${c}'`
  ).join('\n')
}

function upsertTail(cube: Cube): string {
  const set = cubeMeasures(cube)
    .map((m) => `${m} = ${m} + excluded.${m}`)
    .join(', ')
  return `ON CONFLICT (${cubeKeys(cube).join(', ')}) DO UPDATE SET ${set}`
}

const timeOf = (cube: Cube, day: string) =>
  cube.grain === 'day' ? day : cube.grain === 'week' ? `date(${day}, 'weekday 0', '-6 days')` : `substr(${day}, 1, 7)`

/** Sums `cols` of `from` into one cube, grouped by the cube's time grain and level: upserts sign × each sum. */
function pushInto(db: Db, cube: Cube, from: string, measures: string[], sign: number): void {
  const groupCols = [timeOf(cube, 'day'), ...LEVEL_KEYS[cube.level], ...FAMILY_KEYS[cube.family]]
  db.prepare(
    `INSERT INTO ${cube.table} (${[...cubeKeys(cube), ...cubeMeasures(cube)].join(', ')})
     SELECT ${groupCols.join(', ')}, ${measures.map((m) => `? * SUM(${m})`).join(', ')}
       FROM ${from}
      GROUP BY ${groupCols.map((_, i) => i + 1).join(', ')}
     ${upsertTail(cube)}`
  ).run(...Array(measures.length).fill(sign))
}

/**
 * Adds sign × the converted daily_rollup cells (all, or only those staged in kassa_batch_cells) to each money
 * cube. The cells are converted once into a temp table and every cube is summed from it.
 */
function pushMoney(db: Db, sign: number, touchedOnly: boolean, fromDay = ''): void {
  const amounts = TARGETS.map(amountColumn)
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_money_cells (
    day TEXT, country TEXT, merchant_id INTEGER, store_id INTEGER, method TEXT, origin TEXT, kind TEXT,
    count INTEGER, ${amounts.map((a) => `${a} INTEGER`).join(', ')})`)
  db.exec('DELETE FROM temp.kassa_money_cells')
  db.prepare(
    `INSERT INTO temp.kassa_money_cells
     SELECT r.day, m.country, r.merchant_id, r.store_id, r.method, r.origin, r.kind, r.count, ${TARGETS.map(convertSql).join(', ')}
       FROM daily_rollup r
       ${touchedOnly ? `JOIN kassa_batch_cells k ON ${CELL_KEYS.map((k) => `k.${k} = r.${k}`).join(' AND ')}` : ''}
       JOIN merchants m ON m.id = r.merchant_id
       JOIN fx_daily fs ON fs.day = r.day AND fs.currency = r.currency
       ${targetJoins()}
      WHERE r.day >= ?`
  ).run(fromDay)
  for (const cube of CUBES.filter((c) => c.family === 'money'))
    pushInto(db, cube, 'temp.kassa_money_cells', ['count', ...amounts], sign)
}

/**
 * Adds sign × the payments of one batch (or of all batches) to the hour and ticket cubes: the batch is
 * grouped once at day × merchant grain (local hour and bucket computed once per row), that grouping once
 * more per week and per month, and each cube is summed from the finest of these it can use.
 */
function pushFacts(db: Db, sign: number, batchId: number | null): void {
  const measures = ['count', ...COMBOS.map((c) => c.column)]
  for (const family of ['hour', 'ticket'] as const) {
    const keys = FAMILY_KEYS[family]
    const keySql =
      family === 'hour'
        ? [weekdaySql('tx.day'), 'kassa_local_hour(tx.occurred_at, m.country)']
        : ['tx.currency', bucketSql('tx.amount')]
    const cellKeys = ['day', 'country', 'merchant_id', ...keys]
    const grained = (grain: Grain) => `kassa_delta_${family}_${grain}`
    for (const grain of ['day', 'week', 'month'] as const) {
      // Keyed in group order, so the day × merchant cube is read without a sort.
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${grained(grain)} (
        day TEXT, country TEXT, merchant_id INTEGER, ${keys.map((k) => `${k} ${k === 'currency' ? 'TEXT' : 'INTEGER'}`).join(', ')},
        ${measures.map((m) => `${m} INTEGER`).join(', ')}, PRIMARY KEY (${cellKeys.join(', ')})) WITHOUT ROWID`)
      db.exec(`DELETE FROM temp.${grained(grain)}`)
    }
    const rows = batchId === null ? { sql: 'true', params: [] } : batchRows(db, batchId, 'tx')
    db.prepare(
      `INSERT INTO temp.${grained('day')}
       SELECT tx.day, m.country, tx.merchant_id, ${keySql.join(', ')}, COUNT(*),
              ${COMBOS.map((c) => `SUM(CASE WHEN ${c.sql} THEN 1 ELSE 0 END)`).join(', ')}
         FROM transactions tx JOIN merchants m ON m.id = tx.merchant_id
        WHERE ${rows.sql} AND tx.status <> 'failed' AND tx.kind = 'payment'
        GROUP BY 1, 2, 3, 4, 5`
    ).run(...rows.params)
    for (const grain of ['day', 'week', 'month'] as const) {
      const cubes = CUBES.filter((c) => c.family === family && c.grain === grain)
      if (cubes.length === 0) continue
      if (grain !== 'day')
        db.exec(
          `INSERT INTO temp.${grained(grain)}
           SELECT ${timeOf(cubes[0], 'day')}, ${cellKeys.slice(1).join(', ')}, ${measures.map((m) => `SUM(${m})`).join(', ')}
             FROM temp.${grained('day')} GROUP BY ${cellKeys.map((_, i) => i + 1).join(', ')}`
        )
      // The grain's cells already carry its time key, so each cube groups them as a day cube would.
      for (const cube of cubes) pushInto(db, { ...cube, grain: 'day' }, `temp.${grained(grain)}`, measures, sign)
    }
  }
}

function dropEmptyRows(db: Db): void {
  for (const cube of CUBES) db.prepare(`DELETE FROM ${cube.table} WHERE count = 0`).run()
}

/**
 * Stages the daily_rollup cells a batch touches with the batch's count, amount and fee in each, so their
 * converted values can be replaced and daily_rollup updated from one grouping of the batch's rows.
 */
export function stageBatchCells(db: Db, batchId: number): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_batch_cells (
    day TEXT, merchant_id INTEGER, store_id INTEGER, method TEXT, origin TEXT, currency TEXT, kind TEXT,
    count INTEGER, amount INTEGER, fee INTEGER,
    PRIMARY KEY (day, merchant_id, store_id, method, origin, currency, kind)) WITHOUT ROWID`)
  db.exec('DELETE FROM temp.kassa_batch_cells')
  const rows = batchRows(db, batchId)
  db.prepare(
    `INSERT INTO temp.kassa_batch_cells
     SELECT day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind, COUNT(*), SUM(amount), COALESCE(SUM(fee), 0)
       FROM transactions WHERE ${rows.sql} AND status <> 'failed'
      GROUP BY day, merchant_id, COALESCE(store_id, 0), method, origin, currency, kind`
  ).run(...rows.params)
}

/** Before daily_rollup changes: take the touched cells' converted values out of the money cubes. */
export function beforeRollupChange(db: Db, batchId: number): void {
  registerAnalyticsFunctions(db)
  ensureCubeTables(db)
  stageBatchCells(db, batchId)
  pushMoney(db, -1, true)
}

/** After daily_rollup changed: put the touched cells back (their new values) and count the batch's facts. */
export function afterRollupChange(db: Db, batchId: number, sign: 1 | -1): void {
  pushMoney(db, 1, true)
  pushFacts(db, sign, batchId)
  if (sign === -1) dropEmptyRows(db)
}

/**
 * Recomputes the money cubes from daily_rollup, e.g. after exchange rates changed. With `fromDay`, only
 * the months from that day's month on (a rate reaches forward, never back, through carried-forward days).
 */
export function rebuildMoneyCubes(db: Db, fromDay?: string): void {
  const from = fromDay ? fromDay.slice(0, 7) + '-01' : ''
  db.transaction(() => {
    for (const cube of CUBES.filter((c) => c.family === 'money'))
      db.prepare(`DELETE FROM ${cube.table} WHERE t >= ?`).run(cube.grain === 'day' ? from : from.slice(0, 7))
    pushMoney(db, 1, false, from)
  })()
}

/** Recomputes every cube from scratch (raw rows for hour and ticket cubes). */
export function rebuildAllCubes(db: Db): void {
  registerAnalyticsFunctions(db)
  db.transaction(() => {
    for (const cube of CUBES) db.exec(`DELETE FROM ${cube.table}`)
    pushMoney(db, 1, false)
    pushFacts(db, 1, null)
    db.prepare("DELETE FROM analytics_state WHERE key = 'cubes_stale'").run()
  })()
}

const checked = new WeakSet<Db>()

/**
 * Creates any cube table the store lacks (a store migrated to version 4 before a cube was added or
 * reshaped) and marks the cubes for a rebuild. Once per connection.
 */
export function ensureCubeTables(db: Db): void {
  if (checked.has(db)) return
  checked.add(db)
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
  const missing = CUBES.filter((c) => !exists.get(c.table))
  if (missing.length === 0) return
  db.transaction(() => {
    for (const c of missing) db.exec(cubeDdl(c))
    db.prepare("INSERT OR IGNORE INTO analytics_state (key, value) VALUES ('cubes_stale', '1')").run()
  })()
}

/** Fills the cubes once for a store that held rows before they existed. Cheap when nothing to do. */
export function ensureCubes(db: Db): void {
  registerAnalyticsFunctions(db)
  ensureCubeTables(db)
  const stale = db.prepare("SELECT 1 FROM analytics_state WHERE key = 'cubes_stale'").get()
  if (stale) rebuildAllCubes(db)
}

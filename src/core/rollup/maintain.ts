import type { Db } from '../db/open'
import {
  CUBES,
  FAMILY_KEYS,
  LEVEL_KEYS,
  TARGETS,
  amountColumn,
  cubeKeys,
  cubeMeasures,
  packedKey,
  rowKeys,
  type Cube,
  type Grain,
  type Level
} from './cubes'
import { mergeSql, packSql } from './packed-cells'
import { convertSql, registerAnalyticsFunctions } from './sql'
import { CELL_KEYS, FACT_MEASURES, factTable } from './staging'

/**
 * Each day's rate of every reporting currency as one row of temp.kassa_day_rates, for the days of the staged cells
 * (or of every cell from `fromDay`), so a cell is converted with one lookup instead of one per reporting currency.
 */
function stageDayRates(db: Db, touchedOnly: boolean, fromDay: string): void {
  const columns = TARGETS.map((t) => t.toLowerCase())
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS kassa_day_rates (day TEXT PRIMARY KEY, ${columns.map((c) => `${c} REAL`).join(', ')}) WITHOUT ROWID`
  )
  db.exec('DELETE FROM temp.kassa_day_rates')
  db.prepare(
    `INSERT INTO temp.kassa_day_rates
     SELECT day, ${TARGETS.map((t) => `max(CASE currency WHEN '${t}' THEN nok_per_unit END)`).join(', ')}
       FROM fx_daily
      WHERE day IN (SELECT day FROM ${touchedOnly ? 'temp.kassa_batch_cells' : 'daily_rollup'} WHERE day >= ?)
        AND currency IN (${TARGETS.map((t) => `'${t}'`).join(', ')})
      GROUP BY day`
  ).run(fromDay)
}

function upsertTail(cube: Cube): string {
  const set = cubeMeasures(cube)
    .map((m) => `${m} = ${m} + excluded.${m}`)
    .join(', ')
  return `ON CONFLICT (${cubeKeys(cube).join(', ')}) DO UPDATE SET ${set}`
}

const timeOf = (grain: Grain, day: string) =>
  grain === 'day' ? day : grain === 'week' ? `date(${day}, 'weekday 0', '-6 days')` : `substr(${day}, 1, 7)`

/** Sums `cols` of `from` into one cube, grouped by the cube's time grain and level: upserts sign × each sum. */
function pushInto(db: Db, cube: Cube, from: string, measures: string[], sign: number): void {
  const groupCols = [timeOf(cube.grain, 'day'), ...LEVEL_KEYS[cube.level], ...FAMILY_KEYS[cube.family]]
  if (cube.packed) return pushPacked(db, cube, from, groupCols, measures, sign)
  db.prepare(
    `INSERT INTO ${cube.table} (${[...cubeKeys(cube), ...cubeMeasures(cube)].join(', ')})
     SELECT ${groupCols.join(', ')}, ${measures.map((m) => `? * SUM(${m})`).join(', ')}
       FROM ${from}
      GROUP BY ${groupCols.map((_, i) => i + 1).join(', ')}
     ${upsertTail(cube)}`
  ).run(...Array(measures.length).fill(sign))
}

/**
 * pushInto for a packed cube (the day × country tickets, staged per cell): summed by every key as for any cube,
 * then packed into one row per stored key. The sign is written into the SQL: a bound JS number is a REAL, and the
 * packed cells would hold 1.0.
 */
function pushPacked(db: Db, cube: Cube, from: string, groupCols: string[], measures: string[], sign: number): void {
  const keys = cubeKeys(cube)
  const rows = rowKeys(cube)
  const sums = `SELECT ${groupCols.map((c, i) => `${c} AS ${keys[i]}`).join(', ')}, ${measures.map((m) => `${Math.sign(sign)} * SUM(${m}) AS ${m}`).join(', ')}
                  FROM ${from} GROUP BY ${groupCols.map((_, i) => i + 1).join(', ')}`
  db.prepare(
    `INSERT INTO ${cube.table} (${rows.join(', ')}, count, cells)
     ${packSql(sums, rows, packedKey(cube))}
     ON CONFLICT (${rows.join(', ')}) DO UPDATE SET count = count + excluded.count, cells = ${mergeSql('cells', 'excluded.cells')}`
  ).run()
}

/**
 * Adds sign × the converted daily_rollup cells (all, or only those staged in kassa_batch_cells) to each money
 * cube. The cells are converted once: into a temp table when a cell has a store (the store cubes sum the cells),
 * otherwise straight into the merchant day sums every other cube is summed from.
 */
function pushMoney(db: Db, sign: number, touchedOnly: boolean, fromDay = ''): void {
  const amounts = TARGETS.map(amountColumn)
  stageDayRates(db, touchedOnly, fromDay)
  const cells = `SELECT r.day AS day, m.country AS country, r.merchant_id AS merchant_id, r.store_id AS store_id,
            r.method AS method, r.origin AS origin, r.kind AS kind, r.count AS count,
            ${TARGETS.map((t, i) => `${convertSql(t, `d.${t.toLowerCase()}`)} AS ${amounts[i]}`).join(', ')}
       FROM daily_rollup r
       ${touchedOnly ? `JOIN kassa_batch_cells k ON ${CELL_KEYS.map((k) => `k.${k} = r.${k}`).join(' AND ')}` : ''}
       JOIN merchants m ON m.id = r.merchant_id
       JOIN fx_daily fs ON fs.day = r.day AND fs.currency = r.currency
       LEFT JOIN temp.kassa_day_rates d ON d.day = r.day
      WHERE r.day >= ?`
  // Checked on every cell the pass may read (a superset of the converted ones): when none has a store, the store
  // cubes copy the merchant sums, which equal the cells grouped by store.
  const anyStore = touchedOnly
    ? db.prepare('SELECT 1 FROM temp.kassa_batch_cells WHERE store_id <> 0 LIMIT 1').get()
    : db.prepare('SELECT 1 FROM daily_rollup WHERE store_id <> 0 AND day >= ? LIMIT 1').get(fromDay)
  // Only the store cubes read the converted cells twice; otherwise the merchant day sums read them as converted,
  // without writing them down first.
  if (anyStore) {
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_money_cells (
      day TEXT, country TEXT, merchant_id INTEGER, store_id INTEGER, method TEXT, origin TEXT, kind TEXT,
      count INTEGER, ${amounts.map((a) => `${a} INTEGER`).join(', ')})`)
    db.exec('DELETE FROM temp.kassa_money_cells')
    db.prepare(`INSERT INTO temp.kassa_money_cells ${cells}`).run(fromDay)
  }
  // Store-level cubes sum the cells; merchant- and country-level ones the day sums a level finer, grouped once
  // each, so no cube reads every cell.
  const measures = ['count', ...amounts]
  const sumsAt = (grain: Grain, level: 'merchant' | 'country', from: string, ...params: string[]) => {
    const keys = [...LEVEL_KEYS[level], ...FAMILY_KEYS.money]
    const table = `kassa_money_${level}_${grain}s`
    db.exec(`DROP TABLE IF EXISTS temp.${table}`)
    db.prepare(
      `CREATE TEMP TABLE ${table} AS
       SELECT ${timeOf(grain, 'day')} AS t, ${keys.join(', ')}, ${measures.map((m) => `SUM(${m}) AS ${m}`).join(', ')}
         FROM ${from} GROUP BY 1, ${keys.join(', ')}`
    ).run(...params)
    return `temp.${table}`
  }
  // A sums table's time column read back as the day the next sums group by.
  const day = (table: string) => `(SELECT t AS day, * FROM ${table})`
  const merchantDays = anyStore
    ? sumsAt('day', 'merchant', 'temp.kassa_money_cells')
    : sumsAt('day', 'merchant', `(${cells})`, fromDay)
  const countryDays = sumsAt('day', 'country', day(merchantDays))
  // Cells with no store (a portfolio file has no store column) sum to the merchant sums: the store cubes read
  // those, already grouped, instead of grouping every cell again by its currency too, and each coarser grain is
  // summed once for both levels.
  for (const grain of ['day', 'week', 'month'] as const) {
    const merchant = grain === 'day' ? merchantDays : sumsAt(grain, 'merchant', day(merchantDays))
    const country = grain === 'day' ? countryDays : sumsAt(grain, 'country', day(countryDays))
    const cube = (level: Level) => CUBES.find((c) => c.family === 'money' && c.grain === grain && c.level === level) as Cube
    copyInto(db, cube('country'), country, measures, sign)
    copyInto(db, cube('merchant'), merchant, measures, sign)
    if (anyStore) pushInto(db, cube('store'), 'temp.kassa_money_cells', measures, sign)
    else copyInto(db, cube('store'), `(SELECT *, 0 AS store_id FROM ${merchant})`, measures, sign)
  }
}

/** Upserts sign × each row of `from`, which holds one row per key of the cube already (no grouping again). */
function copyInto(db: Db, cube: Cube, from: string, measures: string[], sign: number): void {
  const keys = cubeKeys(cube)
  db.prepare(
    `INSERT INTO ${cube.table} (${[...keys, ...cubeMeasures(cube)].join(', ')})
     SELECT ${keys.join(', ')}, ${measures.map((m) => `? * ${m}`).join(', ')} FROM ${from} WHERE true
     ${upsertTail(cube)}`
  ).run(...Array(measures.length).fill(sign))
}

/**
 * Adds the staged day × country payments (src/core/rollup/staging.ts) to the day × country hour and ticket cubes;
 * the stager writes the other hour and ticket cubes itself.
 */
function pushFacts(db: Db): void {
  for (const cube of CUBES)
    if (cube.family !== 'money' && cube.grain === 'day' && cube.level === 'country')
      pushInto(db, cube, `temp.${factTable(cube.family)}`, FACT_MEASURES, 1)
}

function dropEmptyRows(db: Db): void {
  for (const cube of CUBES) db.prepare(`DELETE FROM ${cube.table} WHERE count = 0`).run()
}

/**
 * Applies the staged batch (src/core/rollup/batch.ts) to daily_rollup and every cube. The touched cells'
 * converted values are taken out of the money cubes before daily_rollup changes and put back after, so each
 * keeps being its cells converted and rounded one by one. With `removing` (the batch took rows out), the rows
 * it emptied are deleted.
 */
export function applyStaged(db: Db, removing: boolean): void {
  registerAnalyticsFunctions(db)
  // Into an empty daily_rollup (a fresh store) there is nothing to take out, and afterwards its cells are exactly
  // the staged ones, so they are read whole instead of matched against the staged keys.
  const fresh = !removing && !db.prepare('SELECT 1 FROM daily_rollup LIMIT 1').get()
  if (!fresh) pushMoney(db, -1, true)
  db.prepare(
    `INSERT INTO daily_rollup (day, merchant_id, store_id, method, origin, currency, kind, count, amount, fee)
     SELECT day, merchant_id, store_id, method, origin, currency, kind, count, amount, fee
       FROM temp.kassa_batch_cells
      WHERE true
     ON CONFLICT (day, merchant_id, store_id, method, origin, currency, kind) DO UPDATE
        SET count = count + excluded.count, amount = amount + excluded.amount, fee = fee + excluded.fee`
  ).run()
  if (removing) db.prepare('DELETE FROM daily_rollup WHERE count = 0').run()
  pushMoney(db, 1, !fresh)
  pushFacts(db)
  if (removing) dropEmptyRows(db)
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

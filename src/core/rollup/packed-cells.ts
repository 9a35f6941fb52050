import { COMBOS } from './cubes'

/**
 * A packed cube keeps one row per day × merchant (× currency for tickets), or per day × country × currency for
 * tickets (migration 16), and its hour or ticket-bucket cells in
 * one JSON array of integers, one per non-zero count: ((key + 1) × 8 + combo) × 2^32 + count, where key is the
 * hour or bucket (≥ -1) and combo the COMBOS column. Sorted, no zero counts: the form is canonical, so a cube
 * kept up row by row holds the same text as one rebuilt from the stored rows. Integers, not nested arrays: a
 * reader decodes each with arithmetic instead of parsing JSON again. Packing makes about one row per day ×
 * merchant instead of about one per payment, which an import had to write one by one (docs/benchmarks.md).
 */
const COUNTS = COMBOS.map((c) => c.column)
const CELL = 2 ** 32

/** One cell's integer, from its key and its COMBOS index and count (below 2^31: one day's payments of one merchant in one hour). */
export const cellValue = (key: number, combo: number, count: number) => ((key + 1) * 8 + combo) * CELL + count

const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000']

/**
 * cellValue as the decimal text JSON and SQLite write for it. A cell's integer is above 2^32, so V8 holds it as a
 * double and formats it the slow, general way; its two halves below and above 10^9 are small integers, whose text
 * V8 writes directly. The stager packs every cell of every group this way.
 */
export function cellText(key: number, combo: number, count: number): string {
  const value = cellValue(key, combo, count)
  if (value < 1e9) return String(value)
  const low = value % 1e9
  const lowText = String(low)
  return String((value - low) / 1e9) + ZEROS[9 - lowText.length] + lowText
}

/**
 * SELECT of a packed cube's rows (`rowKeys`, count, cells) from `source`, which holds one row per row keys × `key`
 * with a count per COMBOS column, in the canonical form (sorted, no zero counts). CROSS JOIN keeps `source` the
 * outer loop: left to the planner, the seven combos were the outer one and `source` was read once per combo.
 */
export function packSql(source: string, rowKeys: string[], key: string): string {
  const combo = `CASE c.combo ${COUNTS.map((n, i) => `WHEN ${i} THEN ${n}`).join(' ')} END`
  const combos = COUNTS.map((_, i) => `SELECT ${i} AS combo`).join(' UNION ALL ')
  return `SELECT ${rowKeys.join(', ')}, SUM(n) AS count, json_group_array(((${key} + 1) * 8 + combo) * ${CELL} + n ORDER BY ${key}, combo) AS cells
            FROM (SELECT s.*, c.combo, ${combo} AS n FROM (${source}) s CROSS JOIN (${combos}) c)
           WHERE n <> 0
           GROUP BY ${rowKeys.join(', ')}`
}

/**
 * Two packed values added cell by cell (an upsert's `cells` and `excluded.cells`). A count being taken back is
 * negative, so the code is the value rounded to the nearest multiple of 2^32.
 */
export function mergeSql(a: string, b: string): string {
  const code = `((value + ${CELL / 2}) >> 32)`
  return `(SELECT json_group_array(code * ${CELL} + n ORDER BY code) FROM (
      SELECT ${code} AS code, SUM(value - ${code} * ${CELL}) AS n
        FROM (SELECT value FROM json_each(${a}) UNION ALL SELECT value FROM json_each(${b}))
       GROUP BY code HAVING n <> 0))`
}

/** The packed table read as the one-row-per-cell cube it stands for (stored counts are positive). */
export function unpackSql(table: string, rowKeys: string[], key: string): string {
  const count = `(c.value & ${CELL - 1})`
  const combos = COUNTS.map((n, i) => `CASE (c.value >> 32) & 7 WHEN ${i} THEN ${count} ELSE 0 END AS ${n}`)
  return `SELECT ${rowKeys.map((k) => `p.${k}`).join(', ')}, (c.value >> 35) - 1 AS ${key}, ${count} AS count, ${combos.join(', ')}
            FROM ${table} p, json_each(p.cells) c`
}

/**
 * The canonical packing (as packSql writes it) of `cells` cells keyed 0, 1, … whose counts lie one after another
 * from `at`: a day's 24 hours, packed without an object per cell.
 */
export function packRun(counts: ArrayLike<number>, at: number, cells: number): { count: number; json: string } {
  let json = ''
  let count = 0
  for (let key = 0; key < cells; key++)
    for (let c = 0; c < COUNTS.length; c++) {
      const n = counts[at + key * COUNTS.length + c]
      if (n === 0) continue
      json += (json === '' ? '' : ',') + cellText(key, c, n)
      count += n
    }
  return { count, json: `[${json}]` }
}

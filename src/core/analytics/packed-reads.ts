import { COMBOS, packedKey, rowKeys, type Combo, type Cube } from '../rollup/cubes'

/**
 * Sums a packed cube's rows in JavaScript instead of through json_each and GROUP BY: each row's cells are one
 * JSON.parse and a loop of arithmetic (packed-cells.ts), where SQL would sort every cell. A ticket histogram's
 * ragged days on the day × country cube: 4.0 ms grouped in SQL from one row per bucket, 0.75 ms decoded here
 * (docs/benchmarks.md, 2026-12-06).
 */

/** A grouping dimension as the packed row or cell holds it. */
const STORED: Record<string, string> = { country: 'country', merchant: 'merchant_id', currency: 'currency', weekday: 'weekday' }

/** Whether every dimension of `by` is a stored key of the cube's rows, or the key inside its cells and last. */
export function readsPacked(cube: Cube, by: string[]): boolean {
  const keys = rowKeys(cube)
  return by.every(
    (d, i) => (d === packedKey(cube) && i === by.length - 1) || (STORED[d] !== undefined && keys.includes(STORED[d]))
  )
}

/** A group's id in PackedSums: its values of `by`, in order. */
export const groupId = (values: unknown[]) => values.join('|')

const CELL = 2 ** 32
/** Codes ((key + 1) × 8 + combo) a group's counts are indexed by: keys up to 510 (a bucket of 2^63). */
const CODES = 512 * 8

/** Counts per group of the stored keys a question groups by, each a count per cell code. */
export type PackedSums = Map<string, { keys: unknown[]; counts: Float64Array }>

/** Adds the cells of `rows` (the stored keys of `by` and `cells`) into `sums`. */
export function addPacked(sums: PackedSums, cube: Cube, by: string[], rows: Record<string, unknown>[]): void {
  const fromRow = by.filter((d) => d !== packedKey(cube)).map((d) => STORED[d])
  for (const row of rows) {
    const keys = fromRow.map((c) => row[c])
    const id = groupId(keys)
    let group = sums.get(id)
    if (!group) sums.set(id, (group = { keys, counts: new Float64Array(CODES) }))
    const counts = group.counts
    for (const value of JSON.parse(row.cells as string) as number[]) {
      const code = Math.floor(value / CELL)
      counts[code] += value - code * CELL
    }
  }
}

/**
 * The groups of `by` in `sums` as cube rows: `by`'s values, `count` (payments in the `kept` combos) and one count
 * per COMBOS column (zero when not kept).
 */
export function packedRows(sums: PackedSums, cube: Cube, by: string[], kept: Combo[]): Record<string, string | number>[] {
  const byCell = by[by.length - 1] === packedKey(cube)
  const fromRow = byCell ? by.slice(0, -1) : by
  const keeps = COMBOS.map((c) => kept.includes(c))
  const out: Record<string, string | number>[] = []
  for (const { keys, counts } of sums.values()) {
    let row: Record<string, string | number> | null = null
    for (let code = 0; code < CODES; code++) {
      const n = counts[code]
      if (n === 0 || !keeps[code & 7]) continue
      if (!row || (byCell && row[by[by.length - 1]] !== (code >> 3) - 1)) {
        row = { count: 0, amount: 0 }
        fromRow.forEach((d, i) => ((row as Record<string, string | number>)[d] = keys[i] as string | number))
        if (byCell) row[by[by.length - 1]] = (code >> 3) - 1
        for (const c of COMBOS) row[c.column] = 0
        out.push(row)
      }
      ;(row.count as number) += n
      ;(row[COMBOS[code & 7].column] as number) += n
    }
  }
  return out
}

/** The SQL that reads a packed cube's rows for addPacked: the stored keys `by` needs and the cells. */
export function packedRowsSql(cube: Cube, by: string[], where: string): string {
  const columns = [...new Set(by.filter((d) => d !== packedKey(cube)).map((d) => STORED[d]))]
  return `SELECT ${[...columns, 'cells'].join(', ')} FROM ${cube.table} WHERE t BETWEEN ? AND ?${where}`
}

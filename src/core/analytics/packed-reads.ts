import { COMBOS, packedKey, rowKeys, type Combo, type Cube } from '../rollup/cubes'

/**
 * Sums a packed cube's rows in JavaScript instead of through json_each and GROUP BY: each row's cells are one pass
 * over their text (packed-cells.ts), where SQL would sort every cell (docs/benchmarks.md, 2026-12-06).
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

/** Counts per group of the stored keys a question groups by, each a count per cell code below `end`. */
export type PackedSums = Map<unknown, { keys: unknown[]; counts: Float64Array; end: number }>

/**
 * Adds the cells of `rows` (raw arrays: the stored keys of `by` in packedRowsSql's order, then the cells) into
 * `sums`. The cells are read digit by digit instead of through JSON.parse: no array per row and no boxed number
 * per cell, which were most of what a dashboard allocated.
 */
export function addPacked(sums: PackedSums, cube: Cube, by: string[], rows: unknown[][]): void {
  const columns = storedColumns(cube, by)
  const at = by.filter((d) => d !== packedKey(cube)).map((d) => columns.indexOf(STORED[d]))
  const cellsAt = columns.length
  // Index loops here and below: for…of allocates an iterator result per step until the function is optimised.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    const id = at.length === 1 ? row[at[0]] : groupId(at.map((i) => row[i]))
    let group = sums.get(id)
    if (!group) sums.set(id, (group = { keys: at.map((i) => row[i]), counts: new Float64Array(CODES), end: 0 }))
    group.end = Math.max(group.end, addCells(group.counts, row[cellsAt] as string))
  }
}

/** Adds one row's cells (a JSON array of integers, as packed-cells.ts writes it) to `counts`; the highest code + 1. */
function addCells(counts: Float64Array, cells: string): number {
  let end = 0
  let value = 0
  let digits = 0
  let negative = false
  if (cells.charCodeAt(0) !== 91) throw new Error(`packed cells are not a JSON array: ${cells.slice(0, 40)}`)
  for (let i = 1; i < cells.length; i++) {
    const c = cells.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48)
      digits++
    } else if (c === 45 && digits === 0) negative = true
    else if ((c === 44 || c === 93) && digits > 0) {
      if (negative) value = -value
      const code = Math.floor(value / CELL)
      counts[code] += value - code * CELL
      if (code >= end && code < CODES) end = code + 1
      value = digits = 0
      negative = false
    } else if (!(c === 93 && i === 1)) throw new Error(`packed cells are not a JSON array of integers: ${cells.slice(0, 40)}`)
  }
  return end
}

/**
 * The groups of `by` in `sums` as cube rows: `by`'s values, `count` (payments in the `kept` combos) and, with
 * `perCombo`, one count per COMBOS column (zero when not kept).
 */
export function packedRows(
  sums: PackedSums,
  cube: Cube,
  by: string[],
  kept: Combo[],
  perCombo: boolean
): Record<string, string | number>[] {
  const cellKey = by[by.length - 1] === packedKey(cube) ? by[by.length - 1] : undefined
  const fromRow = cellKey ? by.slice(0, -1) : by
  const keeps = COMBOS.map((c) => kept.includes(c))
  const columns = COMBOS.map((c) => c.column)
  const out: Record<string, string | number>[] = []
  for (const { keys, counts, end } of sums.values()) {
    let row: Record<string, number | string> | null = null
    for (let code = 0; code < end; code++) {
      const n = counts[code]
      if (n === 0 || !keeps[code & 7]) continue
      if (!row || (cellKey && row[cellKey] !== (code >> 3) - 1)) {
        row = { count: 0, amount: 0 }
        for (let i = 0; i < fromRow.length; i++) row[fromRow[i]] = keys[i] as string | number
        if (cellKey) row[cellKey] = (code >> 3) - 1
        if (perCombo) for (let c = 0; c < columns.length; c++) row[columns[c]] = 0
        out.push(row)
      }
      ;(row.count as number) += n
      if (perCombo) (row[columns[code & 7]] as number) += n
    }
  }
  return out
}

/** The SQL that reads a packed cube's rows for addPacked: the stored keys `by` needs and the cells. */
export function packedRowsSql(cube: Cube, by: string[], where: string): string {
  return `SELECT ${[...storedColumns(cube, by), 'cells'].join(', ')} FROM ${cube.table} WHERE t BETWEEN ? AND ?${where}`
}

const storedColumns = (cube: Cube, by: string[]) => [...new Set(by.filter((d) => d !== packedKey(cube)).map((d) => STORED[d]))]

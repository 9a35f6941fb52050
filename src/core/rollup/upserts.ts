import type { Db } from '../db/open'
import { COMBOS } from './cubes'

const COMBO_COUNT = COMBOS.length
/** Rows per multi-row upsert: one statement per 64 rows instead of 64 statements. */
const ROWS_PER_UPSERT = 64

/** An array binds as the statement's anonymous parameters: no spread of a 64-row params array into arguments. */
type Statement = { run(params: unknown[]): unknown }
export type Upsert = { one: Statement; many: Statement }

/**
 * `INSERT INTO table VALUES …` of keys then measures, adding each measure to a row that is already there, or
 * combining them as `combine` says for a measure it names.
 */
export function prepareUpsert(
  db: Db,
  table: string,
  keys: string[],
  measures: string[],
  combine: Record<string, string> = {}
): Upsert {
  const values = `(${Array(keys.length + measures.length)
    .fill('?')
    .join(', ')})`
  const set = measures.map((m) => `${m} = ${combine[m] ?? `${m} + excluded.${m}`}`)
  const tail = `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${set.join(', ')}`
  const sql = (n: number) => `INSERT INTO ${table} VALUES ${Array(n).fill(values).join(', ')} ${tail}`
  return { one: db.prepare(sql(1)), many: db.prepare(sql(ROWS_PER_UPSERT)) }
}

/** Sends rows ROWS_PER_UPSERT at a time, the rest one by one. */
export class Batcher {
  private params: unknown[] = []
  private n = 0
  constructor(private readonly st: Upsert) {}
  push(row: readonly unknown[]): void {
    for (const v of row) this.params.push(v)
    this.rowDone()
  }
  /** A row of keys, then a, b and c: no array built per row. */
  pushAfter(keys: readonly unknown[], a: unknown, b: unknown, c: unknown): void {
    for (const v of keys) this.params.push(v)
    this.params.push(a, b, c)
    this.rowDone()
  }
  /** A row of keys, a and b, then the total and each of the COMBO_COUNT counts from `at`. */
  pushCounts(keys: unknown[], a: unknown, b: unknown, counts: ArrayLike<number>, at: number): void {
    for (const v of keys) this.params.push(v)
    let total = 0
    for (let c = at; c < at + COMBO_COUNT; c++) total += counts[c]
    this.params.push(a, b, total)
    for (let c = at; c < at + COMBO_COUNT; c++) this.params.push(counts[c])
    this.rowDone()
  }
  private rowDone(): void {
    if (++this.n === ROWS_PER_UPSERT) {
      this.st.many.run(this.params)
      this.params.length = 0
      this.n = 0
    }
  }
  end(): void {
    const width = this.params.length / Math.max(this.n, 1)
    for (let i = 0; i < this.n; i++) this.st.one.run(this.params.slice(i * width, (i + 1) * width))
    this.params.length = 0
    this.n = 0
  }
}

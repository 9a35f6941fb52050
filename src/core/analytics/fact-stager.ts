import type { Db } from '../db/open'
import { localHour, weekdayOf, type CountryCode } from '../time/zones'
import { COMBOS } from './cubes'
import { CELL_KEYS, FACT_MEASURES, factCellKeys, factTable } from './staging'

/** One stored row, as far as the rollups see it. */
export interface Fact {
  day: string
  country: CountryCode
  merchantId: number
  storeId: number | null
  occurredAt: number
  kind: string
  status: string
  method: string
  origin: string
  amount: number
  currency: string
  fee: number | null
}

/** The COMBOS column a payment counts in, as COMBOS' SQL picks it. */
export function comboIndex(method: string, origin: string): number {
  if (method === 'alipay') return 0
  if (method !== 'card') return 6
  const i = ['domestic', 'cn', 'foreign', 'unknown'].indexOf(origin)
  return i < 0 ? 5 : i + 1
}

/** Eight buckets per doubling, exactly as bucketSql computes them. */
export const ticketBucket = (amount: number) => (amount > 0 ? Math.floor(8 * Math.log2(amount)) : -1)

const COMBO_COUNT = COMBOS.length
const ROWS_PER_UPSERT = 64
/** Cells held in memory before they are added to the staging tables: bounds memory however large the file. */
const MAX_CELLS = 50_000
const METHODS = ['alipay', 'card', 'other']
const ORIGINS = ['alipay', 'domestic', 'cn', 'foreign', 'unknown', 'other']

/** One day × merchant: its payments per local hour and per ticket bucket, and its daily_rollup cells. */
interface DayMerchant {
  day: string
  country: string
  merchantId: number
  /** count per hour × combo: [hour * COMBO_COUNT + combo] */
  hours: Int32Array
  /** currency index × bucket → count per combo */
  tickets: Map<number, Int32Array>
  /** store × method × origin × currency × kind → [count, amount, fee] */
  cells: Map<number, { store: number; method: string; origin: string; currency: string; kind: string; sums: number[] }>
}

/**
 * Stages rows in memory as they are stored, grouped by day × merchant with numeric keys (no per-row strings),
 * and adds them to the staging tables every MAX_CELLS cells and at the end.
 */
export class FactStager {
  private readonly groups = new Map<string, DayMerchant>()
  private readonly currencies = new Map<string, number>()
  private readonly currencyNames: string[] = []
  private cells = 0
  private readonly upserts: Record<'cells' | 'hour' | 'ticket', { one: Statement; many: Statement }>

  constructor(
    private readonly db: Db,
    private readonly maxCells = MAX_CELLS
  ) {
    const upsert = (table: string, keys: string[], measures: string[]) => {
      const values = `(${Array(keys.length + measures.length)
        .fill('?')
        .join(', ')})`
      const tail = `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${measures.map((m) => `${m} = ${m} + excluded.${m}`).join(', ')}`
      const sql = (n: number) => `INSERT INTO temp.${table} VALUES ${Array(n).fill(values).join(', ')} ${tail}`
      return { one: db.prepare(sql(1)), many: db.prepare(sql(ROWS_PER_UPSERT)) }
    }
    this.upserts = {
      cells: upsert('kassa_batch_cells', CELL_KEYS, ['count', 'amount', 'fee']),
      hour: upsert(factTable('hour', 'day'), factCellKeys('hour'), FACT_MEASURES),
      ticket: upsert(factTable('ticket', 'day'), factCellKeys('ticket'), FACT_MEASURES)
    }
  }

  private currencyIndex(currency: string): number {
    let i = this.currencies.get(currency)
    if (i === undefined) {
      this.currencies.set(currency, (i = this.currencyNames.length))
      this.currencyNames.push(currency)
    }
    return i
  }

  /** Adds (sign 1) or takes back (sign -1, a stored row changed) one row. */
  add(f: Fact, sign: 1 | -1 = 1): void {
    if (f.status === 'failed') return
    const groupKey = f.day + '|' + f.merchantId
    let g = this.groups.get(groupKey)
    if (!g) {
      g = {
        day: f.day,
        country: f.country,
        merchantId: f.merchantId,
        hours: new Int32Array(24 * COMBO_COUNT),
        tickets: new Map(),
        cells: new Map()
      }
      this.groups.set(groupKey, g)
      this.cells += 24
    }
    const currency = this.currencyIndex(f.currency)
    const store = f.storeId ?? 0
    // store × method (3) × origin (6) × currency (< 2048 per file) × kind (2), well inside 2^53
    const cellKey =
      ((store * 4 + METHODS.indexOf(f.method)) * 8 + ORIGINS.indexOf(f.origin)) * 4096 +
      currency * 2 +
      (f.kind === 'payment' ? 0 : 1)
    let cell = g.cells.get(cellKey)
    if (!cell) {
      cell = { store, method: f.method, origin: f.origin, currency: f.currency, kind: f.kind, sums: [0, 0, 0] }
      g.cells.set(cellKey, cell)
      this.cells++
    }
    cell.sums[0] += sign
    cell.sums[1] += sign * f.amount
    cell.sums[2] += sign * (f.fee ?? 0)
    if (f.kind === 'payment') {
      const combo = comboIndex(f.method, f.origin)
      g.hours[localHour(f.occurredAt, f.country) * COMBO_COUNT + combo] += sign
      const ticketKey = currency * 4096 + ticketBucket(f.amount) + 1
      let counts = g.tickets.get(ticketKey)
      if (!counts) {
        g.tickets.set(ticketKey, (counts = new Int32Array(COMBO_COUNT)))
        this.cells++
      }
      counts[combo] += sign
    }
    if (this.cells >= this.maxCells) this.flush()
  }

  /**
   * Adds what is still in memory to the staging tables and drops staged cells that netted to nothing (a payment
   * stored, written out, then marked failed): applied, they would leave empty rows in the rollups.
   */
  finish(): void {
    this.flush()
    this.db.exec('DELETE FROM temp.kassa_batch_cells WHERE count = 0 AND amount = 0 AND fee = 0')
    for (const family of ['hour', 'ticket'] as const) this.db.exec(`DELETE FROM temp.${factTable(family, 'day')} WHERE count = 0`)
  }

  private flush(): void {
    const out = {
      cells: new Batcher(this.upserts.cells),
      hour: new Batcher(this.upserts.hour),
      ticket: new Batcher(this.upserts.ticket)
    }
    for (const g of this.groups.values()) {
      for (const c of g.cells.values())
        if (c.sums[0] !== 0 || c.sums[1] !== 0 || c.sums[2] !== 0)
          out.cells.push([g.day, g.merchantId, c.store, c.method, c.origin, c.currency, c.kind, c.sums[0], c.sums[1], c.sums[2]])
      const weekday = weekdayOf(g.day)
      for (let hour = 0; hour < 24; hour++) {
        const counts = g.hours.subarray(hour * COMBO_COUNT, (hour + 1) * COMBO_COUNT)
        if (counts.some((n) => n !== 0)) out.hour.push([g.day, g.country, g.merchantId, weekday, hour, ...total(counts)])
      }
      for (const [key, counts] of g.tickets)
        if (counts.some((n) => n !== 0))
          out.ticket.push([
            g.day,
            g.country,
            g.merchantId,
            this.currencyNames[Math.floor(key / 4096)],
            (key % 4096) - 1,
            ...total(counts)
          ])
    }
    for (const b of Object.values(out)) b.end()
    this.groups.clear()
    this.cells = 0
  }
}

/** [count, ...counts per combo] */
const total = (counts: Int32Array) => [counts.reduce((a, b) => a + b, 0), ...counts]

/** Sends rows ROWS_PER_UPSERT at a time, the rest one by one. */
class Batcher {
  private params: unknown[] = []
  private n = 0
  constructor(private readonly st: { one: Statement; many: Statement }) {}
  push(row: unknown[]): void {
    for (const v of row) this.params.push(v)
    if (++this.n === ROWS_PER_UPSERT) {
      this.st.many.run(...this.params)
      this.params = []
      this.n = 0
    }
  }
  end(): void {
    const width = this.params.length / Math.max(this.n, 1)
    for (let i = 0; i < this.n; i++) this.st.one.run(...this.params.slice(i * width, (i + 1) * width))
    this.params = []
    this.n = 0
  }
}

type Statement = { run(...params: unknown[]): unknown }

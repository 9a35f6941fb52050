import type { Db } from '../db/open'
import type { Fact, FactStager } from './fact-stager'

/** Waiting facts held in memory before they are sorted by day and written out: bounds memory however large the batch. */
const RUN = 65_536
/** A waiting fact's numbers in a run: its occurred-at, amount and fee as doubles, then merchant, store and labels × sign as int32. */
const DOUBLES = 3
const INTS = 3
const BYTES = DOUBLES * 8 + INTS * 4

/** The texts of a fact besides its day, held once per distinct combination. */
type Labels = Pick<Fact, 'country' | 'kind' | 'status' | 'method' | 'origin' | 'currency'>

/** One run's waiting facts, a column each: about 40 bytes a fact instead of an object. */
class Run {
  readonly day: Int32Array
  readonly merchant: Int32Array
  /** -1: no store */
  readonly store: Int32Array
  /** labels id × 2, plus 1 for a fact taken back */
  readonly labelSign: Int32Array
  readonly occurredAt: Float64Array
  readonly amount: Float64Array
  /** NaN: no fee */
  readonly fee: Float64Array
  size = 0

  constructor(readonly capacity: number) {
    this.day = new Int32Array(capacity)
    this.merchant = new Int32Array(capacity)
    this.store = new Int32Array(capacity)
    this.labelSign = new Int32Array(capacity)
    this.occurredAt = new Float64Array(capacity)
    this.amount = new Float64Array(capacity)
    this.fee = new Float64Array(capacity)
  }
}

/**
 * Hands facts to a FactStager in day order, so that the stager's cost does not depend on the file's row order. The
 * stager sums in memory only the groups of the rows it has just met and writes them out every so many cells; rows
 * in random time order (a portfolio export sorted by merchant or id) met a new day × merchant at almost every row
 * and would write each group out once per flush. A fact on or after the last day handed on goes straight on (a file
 * in time order costs nothing more); the others wait in a run held in typed arrays. A full run is sorted by day and
 * written to a temp table as one row per day, its facts packed in one blob; when the batch finishes, each day's
 * blobs are read back in run order, then the last run's facts of that day, so facts reach the stager in day order
 * and in arrival order within a day, and each day × merchant group is written out once.
 */
export class FactRuns {
  private readonly labelIds = new Map<string, number>()
  private readonly labelOf: Labels[] = []
  private readonly dayIds = new Map<string, number>()
  private readonly dayOf: string[] = []
  /** The last day handed straight on. */
  private lastDay = ''
  private run: Run | null = null
  /** Runs written to the temp table. */
  private written = 0
  /** Whether a day (by id) has facts in the temp table. */
  private spilled: boolean[] = []
  private readonly insertChunk: { run(...params: unknown[]): unknown }

  constructor(
    private readonly db: Db,
    private readonly stager: FactStager,
    private readonly runSize = RUN
  ) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS kassa_fact_chunks (day TEXT, run INTEGER, facts BLOB, PRIMARY KEY (day, run))')
    db.exec('DELETE FROM temp.kassa_fact_chunks')
    this.insertChunk = db.prepare('INSERT INTO temp.kassa_fact_chunks (day, run, facts) VALUES (?, ?, ?)')
  }

  private labels(f: Fact): number {
    const key = `${f.country}|${f.kind}|${f.status}|${f.method}|${f.origin}|${f.currency}`
    let id = this.labelIds.get(key)
    if (id === undefined) {
      this.labelIds.set(key, (id = this.labelOf.length))
      const { country, kind, status, method, origin, currency } = f
      this.labelOf.push({ country, kind, status, method, origin, currency })
    }
    return id
  }

  private dayId(day: string): number {
    let id = this.dayIds.get(day)
    if (id === undefined) {
      this.dayIds.set(day, (id = this.dayOf.length))
      this.dayOf.push(day)
    }
    return id
  }

  /** Adds (sign 1) or takes back (sign -1, a stored row changed) one row. */
  add(f: Fact, sign: 1 | -1 = 1): void {
    if (f.status === 'failed') return
    if (f.day >= this.lastDay) {
      this.lastDay = f.day
      return this.stager.add(f, sign)
    }
    const run = (this.run ??= new Run(this.runSize))
    const at = run.size++
    run.day[at] = this.dayId(f.day)
    run.merchant[at] = f.merchantId
    run.store[at] = f.storeId ?? -1
    run.labelSign[at] = this.labels(f) * 2 + (sign === -1 ? 1 : 0)
    run.occurredAt[at] = f.occurredAt
    run.amount[at] = f.amount
    run.fee[at] = f.fee ?? NaN
    if (run.size === run.capacity) this.writeRun(run)
  }

  /** Hands on the facts that waited, in day order, then lets the stager write out everything. */
  finish(): void {
    if (this.dayOf.length > 0) this.handWaiting()
    this.stager.finish()
  }

  /** The day ids in day order. */
  private daysInOrder(): number[] {
    return this.dayOf.map((_, id) => id).sort((a, b) => (this.dayOf[a] < this.dayOf[b] ? -1 : 1))
  }

  /** The run's fact indexes grouped by day id, in arrival order within a day: a counting sort. */
  private byDay(run: Run): { starts: Int32Array; order: Int32Array } {
    const starts = new Int32Array(this.dayOf.length + 1)
    for (let i = 0; i < run.size; i++) starts[run.day[i] + 1]++
    for (let d = 0; d < this.dayOf.length; d++) starts[d + 1] += starts[d]
    const next = starts.slice(0, this.dayOf.length)
    const order = new Int32Array(run.size)
    for (let i = 0; i < run.size; i++) order[next[run.day[i]]++] = i
    return { starts, order }
  }

  /** A full run as one row per day, its facts packed column by column into one blob. */
  private writeRun(run: Run): void {
    const { starts, order } = this.byDay(run)
    for (let day = 0; day < this.dayOf.length; day++) {
      const from = starts[day]
      const n = starts[day + 1] - from
      if (n === 0) continue
      const bytes = new ArrayBuffer(n * BYTES)
      const doubles = new Float64Array(bytes, 0, n * DOUBLES)
      const ints = new Int32Array(bytes, n * DOUBLES * 8, n * INTS)
      for (let k = 0; k < n; k++) {
        const i = order[from + k]
        doubles[k] = run.occurredAt[i]
        doubles[n + k] = run.amount[i]
        doubles[2 * n + k] = run.fee[i]
        ints[k] = run.merchant[i]
        ints[n + k] = run.store[i]
        ints[2 * n + k] = run.labelSign[i]
      }
      this.insertChunk.run(this.dayOf[day], this.written, Buffer.from(bytes))
      this.spilled[day] = true
    }
    this.written++
    run.size = 0
  }

  private handWaiting(): void {
    // One fact object refilled for every fact handed on: the stager keeps none of it, only its strings.
    const fact: Fact = { ...this.labelOf[0], day: '', merchantId: 0, storeId: null, occurredAt: 0, amount: 0, fee: null }
    const hand = (merchant: number, store: number, labelSign: number, occurredAt: number, amount: number, fee: number) => {
      const l = this.labelOf[labelSign >> 1]
      fact.merchantId = merchant
      fact.storeId = store === -1 ? null : store
      fact.occurredAt = occurredAt
      fact.amount = amount
      fact.fee = Number.isNaN(fee) ? null : fee
      fact.country = l.country
      fact.kind = l.kind
      fact.status = l.status
      fact.method = l.method
      fact.origin = l.origin
      fact.currency = l.currency
      this.stager.add(fact, labelSign & 1 ? -1 : 1)
    }
    const chunks = this.db.prepare('SELECT facts FROM temp.kassa_fact_chunks WHERE day = ? ORDER BY run').pluck()
    const run = this.run
    const inMemory = run && run.size > 0 ? this.byDay(run) : null
    for (const day of this.daysInOrder()) {
      fact.day = this.dayOf[day]
      if (this.spilled[day])
        for (const blob of chunks.all(fact.day) as Buffer[]) {
          // A copy, so the views below start on an 8-byte boundary.
          const bytes = new Uint8Array(blob).buffer
          const n = blob.length / BYTES
          const doubles = new Float64Array(bytes, 0, n * DOUBLES)
          const ints = new Int32Array(bytes, n * DOUBLES * 8, n * INTS)
          for (let k = 0; k < n; k++) hand(ints[k], ints[n + k], ints[2 * n + k], doubles[k], doubles[n + k], doubles[2 * n + k])
        }
      if (!run || !inMemory) continue
      for (let k = inMemory.starts[day]; k < inMemory.starts[day + 1]; k++) {
        const i = inMemory.order[k]
        hand(run.merchant[i], run.store[i], run.labelSign[i], run.occurredAt[i], run.amount[i], run.fee[i])
      }
    }
    if (this.written > 0) this.db.exec('DELETE FROM temp.kassa_fact_chunks')
    this.run = null
    this.written = 0
    this.spilled = []
    this.dayIds.clear()
    this.dayOf.length = 0
  }
}

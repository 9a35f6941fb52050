import type { CountryCode } from '../time/zones'
import type { Method, Origin } from '../db/transaction-codes'
import type { Fact, FactStager } from './fact-stager'

/** Facts held before a run is handed on sorted: bounds memory (about 65 bytes a fact) however large the file. */
const RUN_FACTS = 1 << 17

/**
 * Hands facts to a FactStager in day order, so that the stager's cost does not depend on the file's row order. The
 * stager sums in memory only the groups of the rows it has just met and writes them out every so many cells; rows
 * in random time order (a portfolio export sorted by merchant or id) met a new day × merchant at almost every row
 * and wrote each payment out on its own into the packed cubes. A fact on or after the last day handed on goes
 * straight on (a file in time order costs nothing more); the others are kept compactly in typed arrays (their texts
 * as indexes into one list) and handed on in runs sorted by day, then merchant, with two counting sorts.
 */
export class FactRuns {
  private readonly texts = new Map<string, number>()
  private readonly textOf: string[] = []
  private readonly merchants = new Map<number, number>()
  private readonly merchantIds: number[] = []
  private n = 0
  /** The last day handed straight on. */
  private lastDay = ''
  private readonly day: Uint32Array
  private readonly merchant: Uint32Array
  private readonly store: Float64Array
  private readonly occurredAt: Float64Array
  private readonly amount: Float64Array
  private readonly fee: Float64Array
  /** country, kind, status, method, origin and currency of each fact, as indexes into textOf */
  private readonly labels: Uint32Array
  private readonly sign: Int8Array

  constructor(
    private readonly stager: FactStager,
    private readonly size = RUN_FACTS
  ) {
    this.day = new Uint32Array(size)
    this.merchant = new Uint32Array(size)
    this.store = new Float64Array(size)
    this.occurredAt = new Float64Array(size)
    this.amount = new Float64Array(size)
    this.fee = new Float64Array(size)
    this.labels = new Uint32Array(size * LABELS)
    this.sign = new Int8Array(size)
  }

  private text(t: string): number {
    let i = this.texts.get(t)
    if (i === undefined) {
      this.texts.set(t, (i = this.textOf.length))
      this.textOf.push(t)
    }
    return i
  }

  /** Adds (sign 1) or takes back (sign -1, a stored row changed) one row. */
  add(f: Fact, sign: 1 | -1 = 1): void {
    if (f.status === 'failed') return
    if (f.day >= this.lastDay) {
      this.lastDay = f.day
      return this.stager.add(f, sign)
    }
    const at = this.n++
    this.day[at] = this.text(f.day)
    let m = this.merchants.get(f.merchantId)
    if (m === undefined) {
      this.merchants.set(f.merchantId, (m = this.merchantIds.length))
      this.merchantIds.push(f.merchantId)
    }
    this.merchant[at] = m
    this.store[at] = f.storeId ?? NaN
    this.occurredAt[at] = f.occurredAt
    this.amount[at] = f.amount
    this.fee[at] = f.fee ?? NaN
    const l = at * LABELS
    this.labels[l] = this.text(f.country)
    this.labels[l + 1] = this.text(f.kind)
    this.labels[l + 2] = this.text(f.status)
    this.labels[l + 3] = this.text(f.method)
    this.labels[l + 4] = this.text(f.origin)
    this.labels[l + 5] = this.text(f.currency)
    this.sign[at] = sign
    if (this.n === this.size) this.hand()
  }

  /** Hands on what is held, then lets the stager write out everything. */
  finish(): void {
    this.hand()
    this.stager.finish()
  }

  /** The held facts to the stager by day (in calendar order), then merchant; the run starts empty again. */
  private hand(): void {
    const n = this.n
    if (n === 0) return
    const dayRank = new Uint32Array(this.textOf.length)
    const days = [...new Set(this.day.subarray(0, n))].sort((a, b) =>
      this.textOf[a] < this.textOf[b] ? -1 : this.textOf[a] > this.textOf[b] ? 1 : 0
    )
    days.forEach((d, rank) => (dayRank[d] = rank))
    const byMerchant = countingSort(identity(n), (i) => this.merchant[i], this.merchantIds.length)
    const order = countingSort(byMerchant, (i) => dayRank[this.day[i]], days.length)
    const t = this.textOf
    for (const i of order) {
      const l = i * LABELS
      const store = this.store[i]
      const fee = this.fee[i]
      this.stager.add(
        {
          day: t[this.day[i]],
          country: t[this.labels[l]] as CountryCode,
          merchantId: this.merchantIds[this.merchant[i]],
          storeId: Number.isNaN(store) ? null : store,
          occurredAt: this.occurredAt[i],
          kind: t[this.labels[l + 1]],
          status: t[this.labels[l + 2]],
          method: t[this.labels[l + 3]] as Method,
          origin: t[this.labels[l + 4]] as Origin,
          amount: this.amount[i],
          currency: t[this.labels[l + 5]],
          fee: Number.isNaN(fee) ? null : fee
        },
        this.sign[i] as 1 | -1
      )
    }
    this.n = 0
  }
}

const LABELS = 6

const identity = (n: number) => {
  const a = new Uint32Array(n)
  for (let i = 0; i < n; i++) a[i] = i
  return a
}

/** `items` stably ordered by `key` (0 ≤ key < buckets). */
function countingSort(items: Uint32Array, key: (item: number) => number, buckets: number): Uint32Array {
  const starts = new Uint32Array(buckets + 1)
  for (const item of items) starts[key(item) + 1]++
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b]
  const out = new Uint32Array(items.length)
  for (const item of items) out[starts[key(item)]++] = item
  return out
}

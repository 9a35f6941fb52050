import { KINDS, METHODS, ORIGINS, STATUSES, kindCode, methodCode, originCode, statusCode } from '../db/transaction-codes'
import type { Creation, MerchantRef } from './merchants'
import type { Resolved } from './row'
import type { RowSink } from './row-stream'

/**
 * Rows read on the parsing thread, packed for the importing one: their numbers in one Float64Array and their
 * texts in one string (a structured clone of the row objects costs more than parsing them: 1M rows, 1.9 s to
 * send and 3.9 s to receive), with the creations and rejects among them in file order.
 */
export interface PackedRows {
  count: number
  /** NUMBERS per row: merchant id, store id, occurred at, amount, fee, line, codes (NaN for null). */
  nums: Float64Array
  /** TEXTS per row: each text's length in `text`, -1 for null. */
  lens: Int32Array
  text: string
  /** The merchants the rows name, each sent once. */
  merchants: MerchantRef[]
  /** Creations and rejects, each before row `at`. */
  events: ({ at: number } & ({ created: Creation } | { rejected: { line: number; raw: string; reason: string } }))[]
}

const NUMBERS = 7
const TEXTS = 8

/** Kind, status, method and origin codes in one number. */
const codesOf = (r: Resolved) =>
  kindCode(r.kind) | (statusCode(r.status) << 1) | (methodCode(r.method) << 3) | (originCode(r.origin) << 5)

/** Collects rows as a RowSink would get them; take() hands over what it holds and starts afresh. */
export class RowPacker {
  private nums: number[] = []
  private lens: number[] = []
  private texts: string[] = []
  private merchants: MerchantRef[] = []
  private events: PackedRows['events'] = []
  private readonly sent = new Set<number>()
  private count = 0
  private chars = 0

  created(c: Creation): void {
    this.events.push({ at: this.count, created: c })
  }

  rejected(line: number, raw: string, reason: string): void {
    this.events.push({ at: this.count, rejected: { line, raw, reason } })
  }

  /** Adds a row; returns the characters of text held so far. */
  row(r: Resolved, fingerprint: string | null, line: number, raw: string): number {
    if (!this.sent.has(r.merchant.id)) {
      this.sent.add(r.merchant.id)
      this.merchants.push({ ...r.merchant })
    }
    this.nums.push(r.merchant.id, r.storeId ?? NaN, r.occurredAt, r.amount, r.fee ?? NaN, line, codesOf(r))
    this.text(r.terminal)
    this.text(r.day)
    this.text(r.scheme)
    this.text(r.cardCountry)
    this.text(r.currency)
    this.text(r.externalId)
    this.text(fingerprint)
    this.text(raw)
    this.count++
    return this.chars
  }

  private text(s: string | null): void {
    if (s === null) this.lens.push(-1)
    else {
      this.lens.push(s.length)
      this.texts.push(s)
      this.chars += s.length
    }
  }

  take(): PackedRows {
    const packed: PackedRows = {
      count: this.count,
      nums: Float64Array.from(this.nums),
      lens: Int32Array.from(this.lens),
      text: this.texts.join(''),
      merchants: this.merchants,
      events: this.events
    }
    this.nums = []
    this.lens = []
    this.texts = []
    this.merchants = []
    this.events = []
    this.count = 0
    this.chars = 0
    return packed
  }
}

/** Replays packed rows into `sink` in file order; `merchants` keeps the merchants sent in earlier batches. */
export function unpackRows(p: PackedRows, merchants: Map<number, MerchantRef>, sink: RowSink): void {
  for (const m of p.merchants) merchants.set(m.id, m)
  const { nums, lens, text, events } = p
  let [pos, at, e] = [0, 0, 0]
  const next = (): string | null => {
    const n = lens[at++]
    if (n < 0) return null
    return text.slice(pos, (pos += n))
  }
  const orNull = (x: number) => (Number.isNaN(x) ? null : x)
  for (let i = 0; i <= p.count; i++) {
    for (; e < events.length && events[e].at === i; e++) {
      const event = events[e]
      if ('created' in event) sink.created(event.created)
      else sink.rejected(event.rejected.line, event.rejected.raw, event.rejected.reason)
    }
    if (i === p.count) break
    const k = i * NUMBERS
    const codes = nums[k + 6]
    const merchant = merchants.get(nums[k]) as MerchantRef
    // Texts are read back in the order RowPacker wrote them.
    const r: Resolved = {
      merchant,
      storeId: orNull(nums[k + 1]),
      terminal: next(),
      occurredAt: nums[k + 2],
      day: next() as string,
      kind: KINDS[codes & 1],
      status: STATUSES[(codes >> 1) & 3],
      method: METHODS[(codes >> 3) & 3],
      scheme: next(),
      cardCountry: next(),
      origin: ORIGINS[(codes >> 5) & 7],
      amount: nums[k + 3],
      currency: next() as string,
      fee: orNull(nums[k + 4]),
      externalId: next()
    }
    const fingerprint = next()
    sink.row(r, fingerprint, nums[k + 5], next() as string)
  }
  if (at !== p.count * TEXTS) throw new Error('packed rows do not match their texts')
}

import { localHour, weekdayOf, type CountryCode } from '../time/zones'
import { COMBOS } from './cubes'
import { cellText, packRun } from './packed-cells'
import { UPSERT_NAMES, type SqlStageWriter, type TakenBack, type Target } from './stage-writer'
import { Batcher } from './upserts'
import { methodCode, originCode, type Method, type Origin } from '../db/transaction-codes'

/** One stored row, as far as the rollups see it. */
export interface Fact {
  day: string
  country: CountryCode
  merchantId: number
  storeId: number | null
  occurredAt: number
  kind: string
  status: string
  method: Method
  origin: Origin
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
/** A day's hour counts: 24 hours × COMBO_COUNT. */
const DAY_HOURS = 24 * COMBO_COUNT
/** Cells held in memory before they are written out: bounds memory however large the file. */
const MAX_CELLS = 50_000
/** Month sums may hold this many times maxCells (each month × merchant as its 7 × 24 hour cells): a 400-merchant month. */
const MONTH_CELLS = 4

/**
 * Payments of one day or month × merchant or country: per weekday × local hour and per currency × ticket bucket,
 * each a count per COMBOS column.
 */
interface Sums {
  t: string
  country: string
  merchantId: number | null
  /** The weekday of a day's sums (the only one its hours can have); null for a month. */
  weekday: number | null
  /** A count per COMBOS column for each weekday × hour cell from hourCells' first: a day's own 24 hours, or a month's 168. */
  hours: Int32Array
  /** currency index × bucket → where its count per combo starts in ticketCounts */
  tickets: Map<number, number>
  /**
   * The ticket cells' counts, COMBO_COUNT each, in the order the cells were first met. One array per group, not one
   * per cell: a typed array per ticket cell left the heap many small objects to promote and collect.
   */
  ticketCounts: number[]
}

/** A daily_rollup cell's keys and sums, in one object: no array of sums beside it. */
interface Cell {
  store: number
  method: string
  origin: string
  currency: string
  kind: string
  count: number
  amount: number
  fee: number
}

/** One day × merchant: its payments and its daily_rollup cells. */
interface DayMerchant extends Sums {
  merchantId: number
  weekday: number
  /** store × method × origin × currency × kind → [count, amount, fee] */
  cells: Map<number, Cell>
  /**
   * The day × country and month × merchant sums its payments are also counted in as they come: adding each group's
   * 168 hour counts into both at flush cost more than the payments themselves when a group holds one or two.
   */
  dayCountry: Sums
  month: Sums
}

const emptySums = (
  t: string,
  country: string,
  merchantId: number | null,
  weekday: number | null,
  hours = new Int32Array((weekday === null ? 7 * 24 : 24) * COMBO_COUNT)
): Sums => ({
  t,
  country,
  merchantId,
  weekday,
  hours,
  tickets: new Map(),
  ticketCounts: []
})

/** The sums under `key`, created empty from `init` the first time. */
function sumsIn(
  map: Map<string, Sums>,
  key: string,
  t: string,
  country: string,
  merchantId: number | null,
  weekday: number | null
): Sums {
  let sums = map.get(key)
  if (!sums) map.set(key, (sums = emptySums(t, country, merchantId, weekday)))
  return sums
}

/** Where `key`'s ticket counts start in `s.ticketCounts`, zeros added for it the first time. */
function ticketCell(s: Sums, key: number): number {
  let at = s.tickets.get(key)
  if (at === undefined) {
    at = s.ticketCounts.length
    s.tickets.set(key, at)
    for (let c = 0; c < COMBO_COUNT; c++) s.ticketCounts.push(0)
  }
  return at
}

/** The weekday × hour cells a group's hours can be in. */
const hourCells = (s: Sums) => (s.weekday === null ? { from: 0, to: 7 * 24 } : { from: s.weekday * 24, to: s.weekday * 24 + 24 })

/**
 * Stages rows in memory as they are stored, grouped by day × merchant with numeric keys (no per-row strings),
 * and writes them out every MAX_CELLS cells and at the end: the day × merchant, month × merchant and month ×
 * country hour and ticket cells straight into their cubes (packed where the cube is) (an import only adds, and these cubes need no other
 * grouping), the day × country sums and the daily_rollup cells into the staging tables that applyStaged then
 * applies.
 */
export class FactStager {
  /** Day × merchant groups by day, then merchant id: no key string to build and hash per row. */
  private readonly groups = new Map<string, Map<number, DayMerchant>>()
  /** The last row's day and its groups: files are mostly in time order. */
  private day: { day: string; merchants: Map<number, DayMerchant> } | null = null
  /**
   * Month × merchant sums, kept across flushes while their month is the last row's, or until they hold MONTH_CELLS ×
   * maxCells cells: a month's rows were otherwise upserted again at every flush that had a day of it (a 400-merchant
   * portfolio's month never fit and was written at every flush).
   */
  private readonly months = new Map<string, Sums>()
  /** Day × country sums of the groups since the last flush. */
  private readonly dayCountry = new Map<string, Sums>()
  /** Ticket cells in `months` (each month also holds its 7 × 24 hour cells). */
  private monthTickets = 0
  private readonly currencies = new Map<string, number>()
  private readonly currencyNames: string[] = []
  private cells = 0
  /**
   * The day × merchant groups' hour counts, a day's 24 hours each, one group after another: a view per group instead
   * of an array each, which V8 allocates outside its heap and frees only in a full collection. Zeroed at each flush.
   */
  private dayHours: Int32Array<ArrayBuffer>
  private dayHoursUsed = 0
  private takenBack: TakenBack = null

  constructor(
    private readonly writer: SqlStageWriter,
    private readonly maxCells = MAX_CELLS
  ) {
    // Each group counts 24 cells for its hours, so a flush comes before there are more groups than this.
    this.dayHours = new Int32Array(DAY_HOURS * (Math.ceil(maxCells / 24) + 1))
  }

  private currencyIndex(currency: string): number {
    let i = this.currencies.get(currency)
    if (i === undefined) {
      this.currencies.set(currency, (i = this.currencyNames.length))
      this.currencyNames.push(currency)
    }
    return i
  }

  /** A new group's zeroed hour counts: the next slot of dayHours. */
  private nextDayHours(): Int32Array<ArrayBuffer> {
    return this.dayHours.subarray(this.dayHoursUsed, (this.dayHoursUsed += DAY_HOURS))
  }

  /** Adds (sign 1) or takes back (sign -1, a stored row changed) one row. */
  add(f: Fact, sign: 1 | -1 = 1): void {
    if (f.status === 'failed') return
    if (sign === -1)
      this.takenBack = {
        from: this.takenBack && this.takenBack.from < f.day ? this.takenBack.from : f.day,
        to: this.takenBack && this.takenBack.to > f.day ? this.takenBack.to : f.day
      }
    if (this.day?.day !== f.day) {
      let merchants = this.groups.get(f.day)
      if (!merchants) this.groups.set(f.day, (merchants = new Map()))
      this.day = { day: f.day, merchants }
    }
    let g = this.day.merchants.get(f.merchantId)
    if (!g) {
      const weekday = weekdayOf(f.day)
      const month = f.day.slice(0, 7)
      g = emptySums(f.day, f.country, f.merchantId, weekday, this.nextDayHours()) as DayMerchant
      g.cells = new Map()
      g.dayCountry = sumsIn(this.dayCountry, f.day + '|' + f.country, f.day, f.country, null, weekday)
      g.month = sumsIn(this.months, month + '|' + f.merchantId, month, f.country, f.merchantId, null)
      this.day.merchants.set(f.merchantId, g)
      this.cells += 24
    }
    const currency = this.currencyIndex(f.currency)
    const store = f.storeId ?? 0
    // store × method (3) × origin (6) × currency (< 2048 per file) × kind (2), well inside 2^53
    const cellKey =
      ((store * 4 + methodCode(f.method)) * 8 + originCode(f.origin)) * 4096 + currency * 2 + (f.kind === 'payment' ? 0 : 1)
    let cell = g.cells.get(cellKey)
    if (!cell) {
      cell = { store, method: f.method, origin: f.origin, currency: f.currency, kind: f.kind, count: 0, amount: 0, fee: 0 }
      g.cells.set(cellKey, cell)
      this.cells++
    }
    cell.count += sign
    cell.amount += sign * f.amount
    cell.fee += sign * (f.fee ?? 0)
    if (f.kind === 'payment') {
      const combo = comboIndex(f.method, f.origin)
      const hour = localHour(f.occurredAt, f.country) * COMBO_COUNT + combo
      g.hours[hour] += sign
      g.dayCountry.hours[hour] += sign
      g.month.hours[g.weekday * 24 * COMBO_COUNT + hour] += sign
      const ticket = currency * 4096 + ticketBucket(f.amount) + 1
      const cells = g.tickets.size
      g.ticketCounts[ticketCell(g, ticket) + combo] += sign
      this.cells += g.tickets.size - cells
      g.dayCountry.ticketCounts[ticketCell(g.dayCountry, ticket) + combo] += sign
      const monthCells = g.month.tickets.size
      g.month.ticketCounts[ticketCell(g.month, ticket) + combo] += sign
      this.monthTickets += g.month.tickets.size - monthCells
    }
    if (this.cells >= this.maxCells) this.flush()
  }

  /** Writes out what is still in memory, then has the writer drop the cells that netted to nothing. */
  finish(): void {
    this.flush(true)
    this.writer.sweep(this.takenBack)
  }

  /**
   * Writes the day × merchant groups and their sums per day × country (so no cube groups a whole batch again in
   * SQL), then forgets them; writes the month sums of months before the last row's (rows come sorted by day:
   * FactRuns), or all of them when they are many or with `all`.
   */
  private flush(all = false): void {
    const current = this.day?.day.slice(0, 7) ?? ''
    const out = new Map(UPSERT_NAMES.map((name) => [name, new Batcher(this.writer.upsert(name))]))
    const cells = out.get('cells') as Batcher
    for (const merchants of this.groups.values())
      for (const g of merchants.values()) {
        for (const c of g.cells.values())
          if (c.count !== 0 || c.amount !== 0 || c.fee !== 0)
            cells.push([g.t, g.merchantId, c.store, c.method, c.origin, c.currency, c.kind, c.count, c.amount, c.fee])
        this.writePacked(g, out)
      }
    for (const sums of this.dayCountry.values()) this.write(sums, out, 'day_country')
    this.dayCountry.clear()
    const many = all || 7 * 24 * this.months.size + this.monthTickets >= MONTH_CELLS * this.maxCells
    const monthCountry = new Map<string, Sums>()
    for (const [key, sums] of this.months) {
      if (!many && sums.t >= current) continue
      this.write(sums, out, 'month')
      addInto(sumsIn(monthCountry, sums.t + '|' + sums.country, sums.t, sums.country, null, null), sums)
      this.months.delete(key)
      this.monthTickets -= sums.tickets.size
    }
    for (const sums of monthCountry.values()) this.write(sums, out, 'month_country')
    for (const b of out.values()) b.end()
    this.groups.clear()
    this.day = null
    this.cells = 0
    this.dayHours.fill(0, 0, this.dayHoursUsed)
    this.dayHoursUsed = 0
  }

  /** One day × merchant's hour cells as one row of its packed cube, its ticket cells as one row per currency. */
  private writePacked(g: DayMerchant, out: Map<string, Batcher>): void {
    const keys = [g.t, g.country, g.merchantId]
    pushPackedHours(out.get('hour_day') as Batcher, keys, g.weekday, g.hours, 0)
    this.writePackedTickets(g, keys, out.get('ticket_day') as Batcher)
  }

  /** A group's ticket cells as one packed row per currency (every ticket cube the stager writes is packed). */
  private writePackedTickets(g: Sums, keys: unknown[], tickets: Batcher): void {
    // Sorted, a currency's cells lie together (its index is the key's high part), in bucket order.
    const sorted = [...g.tickets.keys()].sort((a, b) => a - b)
    for (let from = 0; from < sorted.length;) {
      const currency = Math.floor(sorted[from] / 4096)
      let json = ''
      let count = 0
      for (; from < sorted.length && Math.floor(sorted[from] / 4096) === currency; from++) {
        const at = g.tickets.get(sorted[from]) as number
        for (let c = 0; c < COMBO_COUNT; c++) {
          const n = g.ticketCounts[at + c]
          if (n === 0) continue
          json += (json === '' ? '' : ',') + cellText((sorted[from] % 4096) - 1, c, n)
          count += n
        }
      }
      if (json !== '') tickets.pushAfter(keys, this.currencyNames[currency], count, `[${json}]`)
    }
  }

  /** One group's non-empty hour and ticket cells as rows of its grain's tables. */
  private write(sums: Sums, out: Map<string, Batcher>, grain: Target): void {
    const keys = sums.merchantId === null ? [sums.t, sums.country] : [sums.t, sums.country, sums.merchantId]
    const hours = out.get(`hour_${grain}`) as Batcher
    if (grain === 'month')
      // The month × merchant hours are packed, one row per weekday (migration 21).
      for (let weekday = 0; weekday < 7; weekday++) pushPackedHours(hours, keys, weekday, sums.hours, weekday * 24 * COMBO_COUNT)
    else {
      const { from, to } = hourCells(sums)
      for (let cell = from; cell < to; cell++)
        if (!isEmpty(sums.hours, (cell - from) * COMBO_COUNT))
          hours.pushCounts(keys, Math.floor(cell / 24), cell % 24, sums.hours, (cell - from) * COMBO_COUNT)
    }
    const tickets = out.get(`ticket_${grain}`) as Batcher
    if (grain !== 'day_country') return this.writePackedTickets(sums, keys, tickets)
    // The day × country cells are staged one per bucket: applyStaged packs them (maintain.ts).
    for (const [key, at] of sums.tickets)
      if (!isEmpty(sums.ticketCounts, at))
        tickets.pushCounts(keys, this.currencyNames[Math.floor(key / 4096)], (key % 4096) - 1, sums.ticketCounts, at)
  }
}

/** One weekday's 24 hour cells (from `at` of `hours`) as one row of a packed hour cube, unless all are empty. */
function pushPackedHours(out: Batcher, keys: unknown[], weekday: number, hours: Int32Array, at: number): void {
  const packed = packRun(hours, at, 24)
  if (packed.json !== '[]') out.pushAfter(keys, weekday, packed.count, packed.json)
}

/** No payment in the COMBO_COUNT counts from `at`. */
function isEmpty(counts: ArrayLike<number>, at: number): boolean {
  for (let c = at; c < at + COMBO_COUNT; c++) if (counts[c] !== 0) return false
  return true
}

/** Adds `from`'s hours and tickets into `into`; returns the number of ticket cells `into` gained. */
function addInto(into: Sums, from: Sums): number {
  const at = (hourCells(from).from - hourCells(into).from) * COMBO_COUNT
  for (let i = 0; i < from.hours.length; i++) into.hours[at + i] += from.hours[i]
  const cells = into.tickets.size
  for (const [key, fromAt] of from.tickets) {
    const intoAt = ticketCell(into, key)
    for (let c = 0; c < COMBO_COUNT; c++) into.ticketCounts[intoAt + c] += from.ticketCounts[fromAt + c]
  }
  return into.tickets.size - cells
}

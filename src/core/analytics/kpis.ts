import type { Db } from '../db/open'
import { divRound, toDecimal } from '../money/decimal'
import { COMBOS, combosFor, type Target } from '../rollup/cubes'
import { BUCKETS_PER_DOUBLING } from '../rollup/sql'
import { prepared } from '../db/prepared'
import type { PackedSums } from './packed-reads'
import { queryCube, queryPackedSums, type CubeFilter, type CubeQuery, type CubeRow } from './query'
import { SEGMENTS, segmentsOf, type Segment } from './segments'
import { addCell, emptyTotals, formatTotals, type Cell, type SegmentTotals } from './stats'

export interface SegmentKpi extends SegmentTotals {
  /** Estimated from the ticket-size histogram (8 buckets per doubling): within ±4.4 % of the exact median. */
  median: string
  medianApproximate: true
  /** Of all payments in the filter (Alipay, cards and other methods), 0–1. */
  shareOfVolume: number
  shareOfCount: number
}

export interface Kpis {
  segments: Record<Segment, SegmentKpi>
  /** All payments in the filter, whatever the method. */
  total: { count: number; gross: string; refunds: string; net: string }
  /** chinese_customers average / card_domestic average; null when either is empty. */
  chineseMultiple: number | null
}

/** A filter's integer sums: per segment, and over all payments whatever the method. */
export interface SegmentSums {
  totals: ReturnType<typeof emptyTotals>
  all: { count: number; gross: number; refunds: number }
}

export const emptySegmentSums = (): SegmentSums => ({ totals: emptyTotals(), all: { count: 0, gross: 0, refunds: 0 } })

/** Adds one money row (it carries method, origin, kind, count, amount: the row is the cell, with no copy). */
export function addToSegmentSums(sums: SegmentSums, row: CubeRow): void {
  const cell = row as unknown as Cell
  addCell(sums.totals, cell)
  if (cell.kind === 'payment') {
    sums.all.count += cell.count
    sums.all.gross += cell.amount
  } else sums.all.refunds += cell.amount
}

/** Integer sums per segment from rows that carry method, origin, kind, count, amount. */
export function segmentSums(rows: CubeRow[]): SegmentSums {
  const sums = emptySegmentSums()
  for (let i = 0; i < rows.length; i++) addToSegmentSums(sums, rows[i])
  return sums
}

/** NOK per unit of every currency on one day. */
export function ratesOn(db: Db, day: string): Map<string, number> {
  const rows = prepared(db, 'SELECT currency, nok_per_unit AS r FROM fx_daily WHERE day = ?').all(day) as {
    currency: string
    r: number
  }[]
  return new Map(rows.map((row) => [row.currency, row.r]))
}

/** The middle day of a range: histogram buckets convert at its rate. */
export function middleDay(from: string, to: string): string {
  const a = Date.parse(from + 'T00:00:00Z')
  const b = Date.parse(to + 'T00:00:00Z')
  return new Date(a + Math.floor((b - a) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10)
}

const COMBO_SEGMENTS = COMBOS.map((c) => segmentsOf(c.method, c.origin ?? c.method))

export interface Bin {
  lo: number
  hi: number
  count: number
  segment: readonly Segment[]
}

/**
 * Ticket histogram rows (by currency and bucket, one count column per method × origin) as bins in target
 * minor units. Buckets hold amounts in their own currency; they convert at one rate, the range's middle day's.
 */
export function ticketBins(rows: CubeRow[], target: Target, rates: Map<string, number>): Bin[] {
  const out: Bin[] = []
  for (const r of rows) {
    const factor = (rates.get(String(r.currency)) ?? 1) / (rates.get(target) ?? 1)
    const b = Number(r.bucket)
    const lo = b < 0 ? 0 : 2 ** (b / BUCKETS_PER_DOUBLING) * factor
    const hi = b < 0 ? 0 : 2 ** ((b + 1) / BUCKETS_PER_DOUBLING) * factor
    for (let i = 0; i < COMBOS.length; i++) {
      const count = Number(r[COMBOS[i].column] ?? 0)
      if (count) out.push({ lo, hi, count, segment: COMBO_SEGMENTS[i] })
    }
  }
  return out.sort((a, b) => a.lo - b.lo || a.hi - b.hi)
}

/**
 * The same bins straight from packed cells (one group per currency, each bucket's cells under codes (bucket + 1) × 8
 * + combo), in the order ticketBins meets them in queryCube's rows: currencies in order, buckets ascending, a
 * bucket's combos in COMBOS order, and no bins of a bucket whose kept combos sum to zero (queryCube drops that row).
 * A filter's first answer in a process ran a row object per bucket through interpreted code three times over.
 */
export function packedTicketBins(sums: PackedSums, kept: readonly unknown[], target: Target, rates: Map<string, number>): Bin[] {
  const keeps = COMBOS.map((c) => kept.includes(c))
  const groups = [...sums.values()].sort((a, b) => (a.keys[0] === b.keys[0] ? 0 : String(a.keys[0]) < String(b.keys[0]) ? -1 : 1))
  const out: Bin[] = []
  for (let g = 0; g < groups.length; g++) {
    const { keys, counts, end } = groups[g]
    const factor = (rates.get(String(keys[0])) ?? 1) / (rates.get(target) ?? 1)
    for (let start = 0; start < end; start += 8) {
      let n = 0
      for (let i = 0; i < COMBOS.length; i++) if (keeps[i]) n += counts[start + i]
      if (n === 0) continue
      const b = (start >> 3) - 1
      const lo = b < 0 ? 0 : 2 ** (b / BUCKETS_PER_DOUBLING) * factor
      const hi = b < 0 ? 0 : 2 ** ((b + 1) / BUCKETS_PER_DOUBLING) * factor
      for (let i = 0; i < COMBOS.length; i++) {
        const count = keeps[i] ? counts[start + i] : 0
        if (count) out.push({ lo, hi, count, segment: COMBO_SEGMENTS[i] })
      }
    }
  }
  return out.sort((a, b) => a.lo - b.lo || a.hi - b.hi)
}

/** The ticket histogram of a filter, ready for medians and the distribution chart. */
export function ticketHistogram(db: Db, filter: CubeFilter, target: Target): Bin[] {
  const q: CubeQuery = { family: 'ticket', by: ['currency', 'bucket'], filter, target, perCombo: true }
  const packed = queryPackedSums(db, q)
  const rates = ratesOn(db, middleDay(filter.from, filter.to))
  if (packed) return packedTicketBins(packed, combosFor(filter.methods, filter.cardOrigins), target, rates)
  return ticketBins(queryCube(db, q), target, rates)
}

/**
 * Median of the bins of one segment (of all, without one), interpolated geometrically inside the bucket where half
 * the payments are reached. Bins of the same bounds count as one; sorted, they are neighbours.
 */
export function medianOfBins(sorted: Bin[], segment?: Segment): number {
  let n = 0
  for (let i = 0; i < sorted.length; i++) if (!segment || sorted[i].segment.includes(segment)) n += sorted[i].count
  if (n === 0) return 0
  const half = n / 2
  let seen = 0
  let hi = 0
  for (let i = 0; i < sorted.length;) {
    const lo = sorted[i].lo
    const bounds = sorted[i].hi
    let count = 0
    for (; i < sorted.length && sorted[i].lo === lo && sorted[i].hi === bounds; i++)
      if (!segment || sorted[i].segment.includes(segment)) count += sorted[i].count
    if (count === 0) continue
    hi = bounds
    if (seen + count >= half) {
      const frac = (half - seen) / count
      return Math.round(lo > 0 ? lo * (bounds / lo) ** frac : bounds * frac)
    }
    seen += count
  }
  return Math.round(hi)
}

/** A filter's KPI sums in minor units, before formatting: the deltas are computed from these, not from text. */
export interface KpiSums extends SegmentSums {
  /** Per segment, in SEGMENTS order. */
  medians: number[]
}

/**
 * `rows`: money cube rows of the filter carrying method, origin, kind, count and amount at any finer grouping (the
 * dashboard passes its store breakdown's rows, whose sums are the same integers, and saves a read).
 */
export function kpiSums(db: Db, filter: CubeFilter, target: Target, histogram?: Bin[], rows?: CubeRow[]): KpiSums {
  rows ??= queryCube(db, { family: 'money', by: ['method', 'origin', 'kind'], filter, target })
  const { totals, all } = segmentSums(rows)
  const bins = histogram ?? ticketHistogram(db, filter, target)
  return { totals, all, medians: SEGMENTS.map((s) => medianOfBins(bins, s)) }
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1e6) / 1e6)

/** chinese_customers average / card_domestic average; null when either is empty. */
function chineseMultiple({ totals }: KpiSums): number | null {
  const cn = totals.chinese_customers
  const dom = totals.card_domestic
  return cn.count && dom.count && dom.gross
    ? Math.round((divRound(cn.gross, cn.count) / divRound(dom.gross, dom.count)) * 100) / 100
    : null
}

export function formatKpis(sums: KpiSums, target: Target): Kpis {
  const { totals, all } = sums
  const formatted = formatTotals(totals, target)
  const segments = {} as Record<Segment, SegmentKpi>
  for (let i = 0; i < SEGMENTS.length; i++) {
    const s = SEGMENTS[i]
    segments[s] = {
      ...formatted[s],
      median: toDecimal(sums.medians[i], target),
      medianApproximate: true as const,
      shareOfVolume: share(totals[s].gross, all.gross),
      shareOfCount: share(totals[s].count, all.count)
    }
  }
  return {
    segments,
    total: {
      count: all.count,
      gross: toDecimal(all.gross, target),
      refunds: toDecimal(all.refunds, target),
      net: toDecimal(all.gross - all.refunds, target)
    },
    chineseMultiple: chineseMultiple(sums)
  }
}

export function kpis(db: Db, filter: CubeFilter, target: Target, histogram?: Bin[], rows?: CubeRow[]): Kpis {
  return formatKpis(kpiSums(db, filter, target, histogram, rows), target)
}

export interface KpiDelta {
  /** current − base, in money units (decimal string) or plain numbers. */
  diff: string | number
  /** Relative change, null when the base is zero. */
  pct: number | null
}

type SegmentDeltas = Record<
  'count' | 'gross' | 'refunds' | 'net' | 'average' | 'median' | 'shareOfVolume' | 'shareOfCount',
  KpiDelta
>

/** Deltas on every KPI of every segment, and on the totals, from the minor units the KPIs were formatted from. */
export function kpiDeltas(current: KpiSums, base: KpiSums, target: Target) {
  const money = (a: number, b: number): KpiDelta => ({
    diff: toDecimal(a - b, target),
    pct: b === 0 ? null : Math.round(((a - b) / b) * 1e4) / 1e4
  })
  const plain = (a: number, b: number): KpiDelta => ({
    diff: Math.round((a - b) * 1e6) / 1e6,
    pct: b === 0 ? null : Math.round(((a - b) / b) * 1e4) / 1e4
  })
  const segments = {} as Record<Segment, SegmentDeltas>
  for (let i = 0; i < SEGMENTS.length; i++) {
    const s = SEGMENTS[i]
    const c = current.totals[s]
    const b = base.totals[s]
    segments[s] = {
      count: plain(c.count, b.count),
      gross: money(c.gross, b.gross),
      refunds: money(c.refunds, b.refunds),
      net: money(c.gross - c.refunds, b.gross - b.refunds),
      average: money(divRound(c.gross, c.count), divRound(b.gross, b.count)),
      median: money(current.medians[i], base.medians[i]),
      shareOfVolume: plain(share(c.gross, current.all.gross), share(b.gross, base.all.gross)),
      shareOfCount: plain(share(c.count, current.all.count), share(b.count, base.all.count))
    }
  }
  const [cm, bm] = [chineseMultiple(current), chineseMultiple(base)]
  return {
    segments,
    total: {
      count: plain(current.all.count, base.all.count),
      gross: money(current.all.gross, base.all.gross),
      net: money(current.all.gross - current.all.refunds, base.all.gross - base.all.refunds)
    },
    chineseMultiple: cm === null || bm === null ? null : plain(cm, bm)
  }
}

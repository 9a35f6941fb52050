import type { Db } from '../db/open'
import { divRound, toDecimal } from '../money/decimal'
import { resolveFilter, type ResolvedFilter, type StatsFilter } from './filters'
import { segmentsOf, type Segment } from './segments'

export interface SegmentTotals {
  count: number
  gross: string
  refunds: string
  net: string
  average: string
}

export interface Stats {
  currency: string
  from: string
  to: string
  segments: Record<Segment, SegmentTotals>
  /** Days in range whose rate was carried from an earlier day or missing; rates bundled are approximate. */
  fx: { approximate: boolean; missingRates: boolean }
}

export interface Cell {
  method: string
  origin: string
  kind: string
  count: number
  amount: number
}

/**
 * Converts each rollup cell (day × merchant × store × method × origin × currency × kind) at its
 * day's rate and rounds it to the target's minor unit; every total is a sum of those integers,
 * so any breakdown adds up to the total exactly.
 */
export function convertedCellsSql(where: string): string {
  return `SELECT r.method, r.origin, r.kind, SUM(r.count) AS count,
                 SUM(CAST(ROUND(r.amount * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER)) AS amount
            FROM daily_rollup r
            JOIN merchants m ON m.id = r.merchant_id
            JOIN fx_daily fs ON fs.day = r.day AND fs.currency = r.currency
            JOIN fx_daily ft ON ft.day = r.day AND ft.currency = ?
           WHERE ${where}
           GROUP BY r.method, r.origin, r.kind`
}

// Literals in SEGMENTS order, not Object.fromEntries over SEGMENTS: a filter's first answer runs these before V8 has
// optimised them, once per breakdown row and period, and a literal is one step where entries are many.
export function emptyTotals(): Record<Segment, { count: number; gross: number; refunds: number }> {
  return {
    alipay: { count: 0, gross: 0, refunds: 0 },
    card: { count: 0, gross: 0, refunds: 0 },
    card_domestic: { count: 0, gross: 0, refunds: 0 },
    card_cn: { count: 0, gross: 0, refunds: 0 },
    card_foreign: { count: 0, gross: 0, refunds: 0 },
    chinese_customers: { count: 0, gross: 0, refunds: 0 }
  }
}

export function addCell(totals: ReturnType<typeof emptyTotals>, cell: Cell): void {
  const segments = segmentsOf(cell.method, cell.origin)
  for (let i = 0; i < segments.length; i++) {
    const t = totals[segments[i]]
    if (cell.kind === 'payment') {
      t.count += cell.count
      t.gross += cell.amount
    } else {
      t.refunds += cell.amount
    }
  }
}

export function formatTotals(totals: ReturnType<typeof emptyTotals>, currency: string): Record<Segment, SegmentTotals> {
  const f = (t: { count: number; gross: number; refunds: number }): SegmentTotals => ({
    count: t.count,
    gross: toDecimal(t.gross, currency),
    refunds: toDecimal(t.refunds, currency),
    net: toDecimal(t.gross - t.refunds, currency),
    average: toDecimal(divRound(t.gross, t.count), currency)
  })
  return {
    alipay: f(totals.alipay),
    card: f(totals.card),
    card_domestic: f(totals.card_domestic),
    card_cn: f(totals.card_cn),
    card_foreign: f(totals.card_foreign),
    chinese_customers: f(totals.chinese_customers)
  }
}

/** Whether any converted day used an approximate (bundled) rate or borrowed a rate from another day. */
export function fxFlags(db: Db, f: ResolvedFilter): { approximate: boolean; missingRates: boolean } {
  const fx = db
    .prepare(
      `SELECT MAX(fs.approximate) AS approx, MIN(fs.exact_day) AS exact FROM (SELECT DISTINCT r.day, r.currency FROM daily_rollup r
         JOIN merchants m ON m.id = r.merchant_id WHERE ${f.where}) d
         JOIN fx_daily fs ON fs.day = d.day AND fs.currency IN (d.currency, ?)`
    )
    .get(...f.params, f.currency) as { approx: number | null; exact: number | null }
  return { approximate: fx.approx === 1, missingRates: fx.exact === -1 }
}

export function stats(db: Db, filter: StatsFilter = {}): Stats {
  const f = resolveFilter(db, filter)
  const cells = db.prepare(convertedCellsSql(f.where)).all(f.currency, ...f.params) as Cell[]
  const totals = emptyTotals()
  for (const cell of cells) addCell(totals, cell)
  return {
    currency: f.currency,
    from: f.from,
    to: f.to,
    segments: formatTotals(totals, f.currency),
    fx: fxFlags(db, f)
  }
}

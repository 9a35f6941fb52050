// Report figures read from daily_rollup with the very conversion stats() uses (each rollup cell
// converted at its day's rate and rounded to the target's minor unit), so every breakdown adds up
// to the stats() total for the same filter.
import type { Db } from '../db/open'
import type { ResolvedFilter } from '../analytics/filters'
import { addCell, emptyTotals, formatTotals, type SegmentTotals } from '../analytics/stats'
import type { Segment } from '../analytics/segments'
import { toDecimal } from '../money/decimal'

export type Totals = ReturnType<typeof emptyTotals>

export interface Grouped {
  totals: Totals
  /** Fees of the group's cells (payments and refunds), converted like the amounts; minor units. */
  fees: Record<Segment | 'all', number>
}

export type GroupBy = 'none' | 'day' | 'month' | 'merchant' | 'country' | 'merchant_month'

const GROUP_EXPR: Record<GroupBy, string> = {
  none: "''",
  day: 'r.day',
  month: 'substr(r.day, 1, 7)',
  merchant: 'r.merchant_id',
  country: 'm.country',
  merchant_month: "r.merchant_id || '|' || substr(r.day, 1, 7)"
}

export function emptyGroup(): Grouped {
  const fees = { all: 0, alipay: 0, card: 0, card_domestic: 0, card_cn: 0, card_foreign: 0, chinese_customers: 0 }
  return { totals: emptyTotals(), fees }
}

/** Segment totals per group key (day, month, merchant id, country, or '' for none). */
export function groupedTotals(db: Db, f: ResolvedFilter, by: GroupBy): Map<string, Grouped> {
  const rows = db
    .prepare(
      `SELECT ${GROUP_EXPR[by]} AS key, r.method, r.origin, r.kind, SUM(r.count) AS count,
              SUM(CAST(ROUND(r.amount * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER)) AS amount,
              SUM(CAST(ROUND(r.fee * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER)) AS fee
         FROM daily_rollup r
         JOIN merchants m ON m.id = r.merchant_id
         JOIN fx_daily fs ON fs.day = r.day AND fs.currency = r.currency
         JOIN fx_daily ft ON ft.day = r.day AND ft.currency = ?
        WHERE ${f.where}
        GROUP BY key, r.method, r.origin, r.kind`
    )
    .all(f.currency, ...f.params) as {
    key: string | number
    method: string
    origin: string
    kind: string
    count: number
    amount: number
    fee: number
  }[]
  const out = new Map<string, Grouped>()
  for (const row of rows) {
    const key = String(row.key)
    let g = out.get(key)
    if (!g) out.set(key, (g = emptyGroup()))
    addCell(g.totals, row)
    addFee(g, row.method, row.origin, row.fee)
  }
  return out
}

function addFee(g: Grouped, method: string, origin: string, fee: number): void {
  if (!fee) return
  g.fees.all += fee
  if (method === 'alipay') {
    g.fees.alipay += fee
    g.fees.chinese_customers += fee
  } else if (method === 'card') {
    g.fees.card += fee
    if (origin === 'domestic') g.fees.card_domestic += fee
    if (origin === 'cn') {
      g.fees.card_cn += fee
      g.fees.chinese_customers += fee
    }
    if (origin === 'foreign') g.fees.card_foreign += fee
  }
}

/** Adds one group's integer totals and fees into another (sums of per-cell conversions stay exact). */
export function addGroup(into: Grouped, from: Grouped): void {
  for (const s of Object.keys(into.totals) as Segment[]) {
    into.totals[s].count += from.totals[s].count
    into.totals[s].gross += from.totals[s].gross
    into.totals[s].refunds += from.totals[s].refunds
  }
  for (const k of Object.keys(into.fees) as (keyof Grouped['fees'])[]) into.fees[k] += from.fees[k]
}

/**
 * One query grouped by merchant × month, folded into the whole, per merchant and per month:
 * one scan of daily_rollup instead of three.
 */
export function merchantMonthTotals(
  db: Db,
  f: ResolvedFilter
): { all: Grouped; byMerchant: Map<string, Grouped>; byMonth: Map<string, Grouped> } {
  const all = emptyGroup()
  const byMerchant = new Map<string, Grouped>()
  const byMonth = new Map<string, Grouped>()
  const into = (map: Map<string, Grouped>, key: string) => {
    let g = map.get(key)
    if (!g) map.set(key, (g = emptyGroup()))
    return g
  }
  for (const [key, g] of groupedTotals(db, f, 'merchant_month')) {
    const [merchant, month] = key.split('|')
    addGroup(all, g)
    addGroup(into(byMerchant, merchant), g)
    addGroup(into(byMonth, month), g)
  }
  return { all, byMerchant, byMonth }
}

/** One group for the whole filter (equal to stats() for that filter). */
export function totalOf(db: Db, f: ResolvedFilter): Grouped {
  return groupedTotals(db, f, 'none').get('') ?? emptyGroup()
}

export function format(g: Grouped | undefined, currency: string): Record<Segment, SegmentTotals> {
  return formatTotals(g?.totals ?? emptyTotals(), currency)
}

/** Rollup cells in the filter (0 = nothing to report). */
export function cellCount(db: Db, f: ResolvedFilter): number {
  const row = db
    .prepare(`SELECT COUNT(*) AS n FROM daily_rollup r JOIN merchants m ON m.id = r.merchant_id WHERE ${f.where}`)
    .get(...f.params) as { n: number }
  return row.n
}

export function money(minor: number, currency: string): string {
  return toDecimal(minor, currency)
}

/** The same-length period just before [from, to]. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const day = 86_400_000
  const start = Date.parse(from + 'T00:00:00Z')
  const length = Date.parse(to + 'T00:00:00Z') - start + day
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
  return { from: iso(start - length), to: iso(start - day) }
}

/** Percentage change as a decimal string with one digit ("12.5"), null when the base is 0. */
export function change(current: number, previous: number): string | null {
  if (previous === 0) return null
  return (((current - previous) / Math.abs(previous)) * 100).toFixed(1)
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10))
  }
  return out
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = from.slice(0, 7).split('-').map(Number)
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    if (key > to.slice(0, 7)) return out
    out.push(key)
    if (++m > 12) {
      m = 1
      y++
    }
  }
}

export { fxFlags } from '../analytics/stats'

import type { Db } from '../db/open'
import { toDecimal } from '../money/decimal'
import { resolveFilter, type StatsFilter } from './filters'

export interface VolumeSeries {
  currency: string
  granularity: 'month'
  /** Period keys ('2018-06'), ascending, with no gaps. */
  periods: string[]
  /** Gross payment volume per method and period, as decimal strings in `currency`. */
  byMethod: { alipay: string[]; card: string[] }
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = from.slice(0, 7).split('-').map(Number)
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    if (key > last) break
    out.push(key)
    if (++m > 12) {
      m = 1
      y++
    }
  }
  return out
}

/** Monthly gross payment volume by method (converted per rollup cell, like stats). */
export function volumeByMonth(db: Db, filter: StatsFilter = {}): VolumeSeries {
  const f = resolveFilter(db, filter)
  const rows = db
    .prepare(
      `SELECT substr(r.day, 1, 7) AS period, r.method,
              SUM(CAST(ROUND(r.amount * fs.nok_per_unit / ft.nok_per_unit) AS INTEGER)) AS amount
         FROM daily_rollup r
         JOIN merchants m ON m.id = r.merchant_id
         JOIN fx_daily fs ON fs.day = r.day AND fs.currency = r.currency
         JOIN fx_daily ft ON ft.day = r.day AND ft.currency = ?
        WHERE ${f.where} AND r.kind = 'payment' AND r.method IN ('alipay', 'card')
        GROUP BY period, r.method`
    )
    .all(f.currency, ...f.params) as { period: string; method: 'alipay' | 'card'; amount: number }[]
  const periods = monthsBetween(f.from, f.to)
  const index = new Map(periods.map((p, i) => [p, i]))
  const sums = { alipay: periods.map(() => 0), card: periods.map(() => 0) }
  for (const row of rows) sums[row.method][index.get(row.period)!] += row.amount
  return {
    currency: f.currency,
    granularity: 'month',
    periods,
    byMethod: {
      alipay: sums.alipay.map((v) => toDecimal(v, f.currency)),
      card: sums.card.map((v) => toDecimal(v, f.currency))
    }
  }
}

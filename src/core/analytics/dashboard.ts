import type { Db } from '../db/open'
import { adoption, entityBreakdowns, entityRows, heatmap, series, ticketDistribution, topMerchants } from './breakdowns'
import type { Target } from '../rollup/cubes'
import { ensureCubes } from '../rollup'
import { prepared } from '../db/prepared'
import { resolveDashboardFilter, type DashboardFilter } from './dashboard-filter'
import { formatKpis, kpiDeltas, kpiSums, ticketHistogram } from './kpis'
import { lastYear, previousPeriod, type Range } from './period'
import type { CubeFilter } from './query'

export interface FxFlags {
  /** Some rate used is from the bundled approximate set. */
  approximate: boolean
  /** Some day in the range lies before the first known rate of a currency used. */
  missingRates: boolean
  /** Some day used a rate carried forward from an earlier day. */
  carriedForward: boolean
}

/** Rate quality over the range for the currencies the sales are in and the reporting one. */
export function fxFlags(db: Db, range: Range, span: Range, target: Target): FxFlags {
  const from = range.from > span.from ? range.from : span.from
  const to = range.to < span.to ? range.to : span.to
  const currencies = (
    prepared(db, 'SELECT DISTINCT currency FROM tickets_month_country_packed WHERE t BETWEEN ? AND ?').all(
      from.slice(0, 7),
      to.slice(0, 7)
    ) as {
      currency: string
    }[]
  ).map((r) => r.currency)
  const used = [...new Set([...currencies, target])]
  const row = prepared(
    db,
    `SELECT MAX(approximate) AS approx, MIN(exact_day) AS exact, COUNT(DISTINCT currency) AS n FROM fx_daily
        WHERE day BETWEEN ? AND ? AND currency IN (${used.map(() => '?').join(', ')})`
  ).get(from, to, ...used) as { approx: number | null; exact: number | null; n: number }
  return {
    approximate: row.approx === 1,
    missingRates: row.exact === -1 || (from <= to && row.n < used.length),
    carriedForward: row.exact !== null && row.exact <= 0
  }
}

/**
 * Every number the dashboard screen shows, for one filter state. Its reads share one read transaction: one
 * snapshot (an import committing meanwhile cannot split the figures), and no transaction to begin per statement.
 * A store whose cubes are stale is filled first, outside it.
 */
export function dashboard(db: Db, input: DashboardFilter, options: { source?: 'cubes' | 'raw' } = {}) {
  ensureCubes(db)
  return db.transaction(() => read(db, input, options))()
}

function read(db: Db, input: DashboardFilter, options: { source?: 'cubes' | 'raw' }) {
  const f = resolveDashboardFilter(db, input)
  if (options.source) f.cube.source = options.source
  const prevRange = previousPeriod(f.range)
  const yearRange = lastYear(f.range)
  const prev: CubeFilter = { ...f.cube, ...prevRange }
  const year: CubeFilter = { ...f.cube, ...yearRange }
  const histogram = ticketHistogram(db, f.cube, f.currency)
  const entities = entityRows(db, f.cube, f.currency)
  const current = kpiSums(db, f.cube, f.currency, histogram, entities)
  const previous = kpiSums(db, prev, f.currency)
  // "Last 12 months": the previous period is the same period last year; read it once.
  const sameRange = prevRange.from === yearRange.from && prevRange.to === yearRange.to
  const lastYearSums = sameRange ? previous : kpiSums(db, year, f.currency)
  const previousKpis = formatKpis(previous, f.currency)
  const lastYearKpis = sameRange ? previousKpis : formatKpis(lastYearSums, f.currency)
  return {
    currency: f.currency,
    range: f.range,
    span: f.span,
    asOf: f.asOf,
    granularity: f.granularity,
    fx: fxFlags(db, f.range, f.span, f.currency),
    kpis: formatKpis(current, f.currency),
    comparison: {
      previous: { range: prevRange, kpis: previousKpis, deltas: kpiDeltas(current, previous, f.currency) },
      lastYear: { range: yearRange, kpis: lastYearKpis, deltas: kpiDeltas(current, lastYearSums, f.currency) }
    },
    ...entityBreakdowns(db, f.cube, f.currency, entities),
    series: series(db, f.cube, f.currency, f.granularity, f.range),
    heatmap: heatmap(db, f.cube),
    tickets: ticketDistribution(histogram, f.currency),
    topMerchants: topMerchants(db, f.cube, prev, f.currency, 10, entities),
    adoption: adoption(db, f.cube, f.currency, f.span)
  }
}

export type Dashboard = ReturnType<typeof read>

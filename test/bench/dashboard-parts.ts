import { adoption, entityBreakdowns, heatmap, series, topMerchants } from '../../src/core/analytics/breakdowns'
import { fxFlags } from '../../src/core/analytics/dashboard'
import { resolveDashboardFilter } from '../../src/core/analytics/dashboard-filter'
import { kpis, ticketHistogram } from '../../src/core/analytics/kpis'
import { lastYear, previousPeriod } from '../../src/core/analytics/period'
import { randomFilters, store } from './dashboard'
import { cpuMs } from './cpu'

/**
 * `tsx test/bench/dashboard-parts.ts`: the dashboard bench's 20 filters, each part of dashboard() timed on its own
 * (same order, same reads), so a slow p95 can be traced to the query behind it. Prints the mean and worst per part
 * and the parts of the slowest filters, in this process's CPU time (user + system), which the other jobs on a
 * shared machine disturb far less than the wall clock (BENCH_PARTS_CLOCK=wall for the wall clock).
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 20)
const rounds = Number(process.env.BENCH_PARTS_ROUNDS ?? 3)
const now = process.env.BENCH_PARTS_CLOCK === 'wall' ? () => performance.now() : cpuMs

function parts(input: (typeof filters)[number]): Record<string, number> {
  const ms: Record<string, number> = {}
  const time = <T>(name: string, fn: () => T): T => {
    const started = now()
    const value = fn()
    ms[name] = (ms[name] ?? 0) + now() - started
    return value
  }
  const f = time('filter', () => resolveDashboardFilter(db, input))
  const prevRange = previousPeriod(f.range)
  const yearRange = lastYear(f.range)
  const prev = { ...f.cube, ...prevRange }
  const year = { ...f.cube, ...yearRange }
  const histogram = time('tickets', () => ticketHistogram(db, f.cube, f.currency))
  const prevBins = time('tickets', () => ticketHistogram(db, prev, f.currency))
  time('kpis', () => kpis(db, f.cube, f.currency, histogram))
  time('kpis', () => kpis(db, prev, f.currency, prevBins))
  if (prevRange.from !== yearRange.from || prevRange.to !== yearRange.to) {
    const yearBins = time('tickets', () => ticketHistogram(db, year, f.currency))
    time('kpis', () => kpis(db, year, f.currency, yearBins))
  }
  time('fx', () => fxFlags(db, f.range, f.span, f.currency))
  time('entities', () => entityBreakdowns(db, f.cube, f.currency))
  time('series', () => series(db, f.cube, f.currency, f.granularity, f.range))
  time('heatmap', () => heatmap(db, f.cube))
  time('top', () => topMerchants(db, f.cube, prev, f.currency))
  time('adoption', () => adoption(db, f.cube, f.currency, f.span))
  ms.total = Object.values(ms).reduce((a, b) => a + b, 0)
  return ms
}

parts(filters[0])
const best = filters.map(() => ({}) as Record<string, number>)
for (let r = 0; r < rounds; r++)
  filters.forEach((f, i) => {
    for (const [k, v] of Object.entries(parts(f))) best[i][k] = Math.min(best[i][k] ?? Infinity, v)
  })
const names = Object.keys(best[0])
const fmt = (x: number) => x.toFixed(1).padStart(6)
console.log(
  'part'.padEnd(10),
  'mean',
  '  worst (best of',
  rounds,
  'rounds, ms of',
  process.env.BENCH_PARTS_CLOCK === 'wall' ? 'wall clock)' : 'CPU)'
)
for (const n of names) {
  const xs = best.map((b) => b[n] ?? 0)
  console.log(n.padEnd(10), fmt(xs.reduce((a, b) => a + b, 0) / xs.length), fmt(Math.max(...xs)))
}
const slowest = best.map((b, i) => ({ b, i })).sort((x, y) => y.b.total - x.b.total)
for (const { b, i } of slowest.slice(0, 5))
  console.log(JSON.stringify(filters[i]), '\n   ', names.map((n) => `${n} ${(b[n] ?? 0).toFixed(1)}`).join(', '))
db.close()

/**
 * `ROOT=<checkout> tsx test/bench/dashboard-cold-tickets.ts`: the first runs of the ticket histograms alone, as a
 * checkout answers them: a process that ran one dashboard, then each of the dashboard bench's 20 filters' three
 * histograms (current, previous period, last year) once, in one read transaction per filter. Prints their wall clock
 * and CPU time summed, and the slowest filter's. Run it alternately against two checkouts in fresh processes.
 */
import { cpuMs } from './cpu'

const root = process.env.ROOT ?? '../..'
const { dashboard } = await import(root + '/src/core/analytics/dashboard.ts')
const { ticketHistogram } = await import(root + '/src/core/analytics/kpis.ts')
const { resolveDashboardFilter } = await import(root + '/src/core/analytics/dashboard-filter.ts')
const { previousPeriod, lastYear } = await import(root + '/src/core/analytics/period.ts')
const { randomFilters, store } = await import(root + '/test/bench/dashboard.ts')

const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 20)
dashboard(db, filters[0])
const sums = { wall: 0, cpu: 0, slowest: 0 }
for (const input of filters) {
  const f = resolveDashboardFilter(db, input)
  const ranges = [f.cube, { ...f.cube, ...previousPeriod(f.range) }, { ...f.cube, ...lastYear(f.range) }]
  const [wall, used] = [performance.now(), cpuMs()]
  db.transaction(() => {
    for (const r of ranges) ticketHistogram(db, r, f.currency)
  })()
  const ms = performance.now() - wall
  sums.wall += ms
  sums.cpu += cpuMs() - used
  sums.slowest = Math.max(sums.slowest, ms)
}
console.log(
  `ticket histograms of 20 first runs: wall ${sums.wall.toFixed(1)}, CPU ${sums.cpu.toFixed(1)}, slowest filter ${sums.slowest.toFixed(1)} ms`
)
db.close()

import type { DashboardFilter } from '../../src/core/analytics/dashboard-filter'
import type { Db } from '../../src/core/db/open'
import { cpuMs } from './cpu'

/**
 * `A=<checkout> B=<checkout> TMPDIR_A=<dir> TMPDIR_B=<dir> tsx test/bench/dashboard-ab.ts`: two checkouts'
 * dashboard() on their own copies of the dashboard bench's store (each opened, so migrated, by its own checkout),
 * interleaved filter by filter for BENCH_AB_ROUNDS rounds (default 5), so both see the same load. Prints p50, p95,
 * worst and mean of each filter's first run (what the bench times) and of its best run, in wall clock or, with
 * BENCH_AB_CLOCK=cpu, this process's CPU time.
 */
type Bench = { store(rows: number): Db; randomFilters(db: Db, n: number): DashboardFilter[] }
type Reader = { dashboard(db: Db, f: DashboardFilter): unknown }

const rows = Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000)
const rounds = Number(process.env.BENCH_AB_ROUNDS ?? 5)
const sides = [
  { root: process.env.A as string, dir: process.env.TMPDIR_A as string },
  { root: process.env.B as string, dir: process.env.TMPDIR_B as string }
]
const readers: Reader[] = await Promise.all(sides.map((s) => import(s.root + '/src/core/analytics/dashboard.ts')))
const benches: Bench[] = await Promise.all(sides.map((s) => import(s.root + '/test/bench/dashboard.ts')))
const dbs = sides.map((s, k) => {
  process.env.TMPDIR = s.dir // os.tmpdir() reads it on each call
  return benches[k].store(rows)
})
const filters = benches[0].randomFilters(dbs[0], 20)
const now = process.env.BENCH_AB_CLOCK === 'cpu' ? cpuMs : () => performance.now()

const first = sides.map(() => filters.map(() => 0))
const best = sides.map(() => filters.map(() => Infinity))
readers.forEach((r, k) => r.dashboard(dbs[k], filters[0]))
for (let round = 0; round < rounds; round++)
  filters.forEach((f, i) => {
    for (const k of round % 2 ? [1, 0] : [0, 1]) {
      const started = now()
      readers[k].dashboard(dbs[k], f)
      const ms = now() - started
      if (round === 0) first[k][i] = ms
      best[k][i] = Math.min(best[k][i], ms)
    }
  })
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length
  return `p50 ${s[9].toFixed(1)}, p95 ${s[18].toFixed(1)}, worst ${s[19].toFixed(1)}, mean ${mean.toFixed(1)} ms`
}
sides.forEach((_, k) => console.log(k ? 'B' : 'A', `first run: ${stat(first[k])}; best of ${rounds}: ${stat(best[k])}`))
dbs.forEach((db) => db.close())

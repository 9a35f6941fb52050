import { execFileSync } from 'node:child_process'
import { dashboard } from '../../src/core/analytics/dashboard'
import { warmDashboard } from '../../src/core/analytics/dashboard-warmup'
import { randomFilters, store } from './dashboard'
import { cpuMs } from './cpu'

/**
 * `tsx test/bench/dashboard-warmup-ab.ts [pairs]`: the dashboard bench's 20 first runs in fresh processes, with the
 * app's idle warm-up (`warmDashboard`) after the warm-up call and without it, alternating for `pairs` pairs (default
 * 4), so both see the same load. Prints per process the mean, p50, p95 and worst of the 20 in CPU time and wall
 * clock, and each filter's CPU time.
 */
const side = process.env.BENCH_WARMUP_SIDE
if (!side) {
  const pairs = Number(process.argv[2] ?? 4)
  for (let i = 0; i < pairs; i++)
    for (const s of ['warm', 'cold'])
      process.stdout.write(
        execFileSync(process.execPath, [...process.execArgv, process.argv[1]], {
          env: { ...process.env, BENCH_WARMUP_SIDE: s },
          encoding: 'utf8'
        })
      )
} else {
  const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
  const filters = randomFilters(db, 20)
  dashboard(db, filters[0])
  const before = cpuMs()
  if (side === 'warm') warmDashboard(db, filters[0])
  const warmupMs = cpuMs() - before
  const cpus: number[] = []
  const walls: number[] = []
  for (const f of filters) {
    const [w, c] = [performance.now(), cpuMs()]
    dashboard(db, f)
    cpus.push(cpuMs() - c)
    walls.push(performance.now() - w)
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    return `mean ${mean.toFixed(1)} p50 ${s[9].toFixed(1)} p95 ${s[18].toFixed(1)} worst ${s[19].toFixed(1)}`
  }
  const load = (await import('node:os')).loadavg()[0].toFixed(1)
  console.log(
    `${side === 'warm' ? `warm-up (${warmupMs.toFixed(0)} ms CPU)` : 'no warm-up'}, load ${load}: CPU ${stats(cpus)}; ` +
      `wall ${stats(walls)}; CPU per filter ${cpus.map((x) => x.toFixed(0)).join(' ')}`
  )
  db.close()
}

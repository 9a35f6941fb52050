import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { dashboard } from '../../src/core/analytics/dashboard'
import { randomFilters, store } from './dashboard'
import { timeStatements } from './timed-statements'
import { cpuMs } from './cpu'

/**
 * `tsx test/bench/dashboard-cold-split.ts`: the dashboard bench's 20 filters answered once each in a process that ran
 * one dashboard only (the bench's second process, without the warm-up), each split by this process's CPU time into
 * preparing statements, running them (SQLite steps and the driver's rows) and the JavaScript around them. The CPU
 * time is the whole process's: V8 compiling on its own threads meanwhile lands in whichever part was running.
 * BENCH_SPLIT_PASSES=2 answers them again (repeats); BENCH_SPLIT=0 wraps nothing; BENCH_PROFILE=<file> writes a CPU
 * profile of the 20 runs (100 µs sampling; run from an esbuild bundle for readable names). On Linux the sum line
 * also gives the main thread's own CPU, which the answer waits on: the process's includes V8's compiler and GC
 * threads, whose work a change can move from one pass to the next.
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 20)
const schedstat = `/proc/${process.pid}/task/${process.pid}/schedstat`
const mainThread = existsSync(schedstat) ? () => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : undefined
const split = process.env.BENCH_SPLIT !== '0'
const timed = split ? timeStatements(db, cpuMs) : { calls: [], prepareMs: 0 }

dashboard(db, filters[0])
const profile = process.env.BENCH_PROFILE
const session = new Session()
if (profile) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
}
const passes = Number(process.env.BENCH_SPLIT_PASSES ?? 1)
for (let pass = 0; pass < passes; pass++) {
  const sums = { total: 0, prepare: 0, run: 0, fresh: 0 }
  const walls: number[] = []
  const mainStarted = mainThread?.()
  console.log(pass ? `repeat ${pass}:` : 'first runs:')
  console.log('   CPU prepare    run     JS  new  filter')
  for (const f of filters) {
    timed.calls = []
    timed.prepareMs = 0
    const [started, wall] = [cpuMs(), performance.now()]
    dashboard(db, f)
    const total = cpuMs() - started
    walls.push(performance.now() - wall)
    const run = timed.calls.reduce((a, c) => a + c.ms, 0)
    const fresh = timed.calls.filter((c) => c.fresh).length
    sums.total += total
    sums.prepare += timed.prepareMs
    sums.run += run
    sums.fresh += fresh
    const cols = [total, timed.prepareMs, run, total - timed.prepareMs - run].map((x) => x.toFixed(1).padStart(6))
    if (process.env.BENCH_SPLIT_QUIET !== '1') console.log(cols.join(' '), String(fresh).padStart(4), '', JSON.stringify(f))
  }
  const js = sums.total - sums.prepare - sums.run
  const main = mainThread && mainStarted !== undefined ? `, main thread ${(mainThread() - mainStarted).toFixed(1)}` : ''
  console.log(
    `sum: CPU ${sums.total.toFixed(1)} ms${main}, prepare ${sums.prepare.toFixed(1)}, run ${sums.run.toFixed(1)}, JS ${js.toFixed(1)}; ${sums.fresh} statements new; ` +
      `wall sum ${walls.reduce((a, b) => a + b, 0).toFixed(1)}, p95 ${[...walls].sort((a, b) => a - b)[18].toFixed(1)} ms`
  )
}
if (profile) writeFileSync(profile, JSON.stringify((await session.post('Profiler.stop')).profile))
db.close()

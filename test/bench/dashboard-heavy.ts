import { existsSync, readFileSync } from 'node:fs'
import { freemem, loadavg } from 'node:os'
import { dashboard } from '../../src/core/analytics/dashboard'
import { warmDashboard } from '../../src/core/analytics/dashboard-warmup'
import { randomFilters, store } from './dashboard'
import { timeStatements } from './timed-statements'
import { cpuMs } from './cpu'

/**
 * `tsx test/bench/dashboard-heavy.ts`: one filter of the dashboard bench (BENCH_HEAVY_FILTER, default 4) answered as
 * the bench answers it (after the page-cache call, the idle warm-up and the filters before it), then again (a
 * repeat), each split by CPU time into preparing statements, running them and the JavaScript around them, with the
 * main thread's own CPU on Linux. BENCH_HEAVY_TOP statements (default 8) of the first answer are listed. Under
 * `valgrind --tool=callgrind --zero-before=uv_get_free_memory --dump-before=uv_loadavg` each answer's instructions are
 * counted apart: the answers are bracketed by os.freemem() and os.loadavg(), which nothing else here calls.
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 20)
const index = Number(process.env.BENCH_HEAVY_FILTER ?? 4)
const schedstat = `/proc/${process.pid}/task/${process.pid}/schedstat`
const mainThread = existsSync(schedstat) ? () => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : () => NaN
const timed = timeStatements(db, cpuMs)

dashboard(db, filters[0])
warmDashboard(db, filters[0])
for (const f of filters.slice(1, index)) dashboard(db, f)
const top = Number(process.env.BENCH_HEAVY_TOP ?? 8)
for (const pass of ['first', 'repeat']) {
  timed.calls = []
  timed.prepareMs = 0
  freemem() // callgrind --zero-before=uv_get_free_memory --dump-before=uv_loadavg counts this answer alone
  const usage = process.resourceUsage()
  const [cpu, main, wall] = [cpuMs(), mainThread(), performance.now()]
  dashboard(db, filters[index])
  loadavg()
  const [cpuSpent, mainSpent, wallSpent] = [cpuMs() - cpu, mainThread() - main, performance.now() - wall]
  const after = process.resourceUsage()
  const run = timed.calls.reduce((a, c) => a + c.ms, 0)
  console.log(
    `${pass}: wall ${wallSpent.toFixed(1)} ms, CPU ${cpuSpent.toFixed(1)}, main thread ${mainSpent.toFixed(1)}, ` +
      `prepare ${timed.prepareMs.toFixed(1)}, run ${run.toFixed(1)} in ${timed.calls.length} statements ` +
      `(${timed.calls.filter((c) => c.fresh).length} new), JS ${(cpuSpent - timed.prepareMs - run).toFixed(1)}; ` +
      `system ${((after.systemCPUTime - usage.systemCPUTime) / 1000).toFixed(1)} ms, ${after.minorPageFault - usage.minorPageFault} page faults, ` +
      `${after.involuntaryContextSwitches - usage.involuntaryContextSwitches} preemptions  ${JSON.stringify(filters[index])}`
  )
  if (pass === 'first' || process.env.BENCH_HEAVY_TOP_REPEAT === '1')
    for (const c of [...timed.calls].sort((a, b) => b.ms - a.ms).slice(0, top))
      console.log(
        `   ${c.ms.toFixed(1).padStart(5)} ${c.fresh ? 'new' : '   '} ${String(c.rows).padStart(5)} rows  ${c.sql.replace(/\s+/g, ' ').slice(0, 200)}`
      )
}
db.close()

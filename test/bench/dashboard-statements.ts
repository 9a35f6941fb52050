import { dashboard } from '../../src/core/analytics/dashboard'
import { randomFilters, store } from './dashboard'
import { timeStatements } from './timed-statements'

/**
 * `tsx test/bench/dashboard-statements.ts`: the dashboard bench's 20 filters run once each after the same warm-up
 * call, as the bench times them, with every statement's preparing and running timed (wall clock). Prints per filter
 * its total, the time in SQLite (prepare and run) and its slowest statements, marking those prepared during it.
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 20)
const timed = timeStatements(db, () => performance.now())

dashboard(db, filters[0])
const limit = Number(process.env.BENCH_STATEMENTS_TOP ?? 4)
for (const f of filters) {
  timed.calls = []
  timed.prepareMs = 0
  const started = performance.now()
  dashboard(db, f)
  const total = performance.now() - started
  const { calls, prepareMs } = timed
  const run = calls.reduce((a, c) => a + c.ms, 0)
  console.log(
    `${total.toFixed(1)} ms: run ${run.toFixed(1)} in ${calls.length} statements (${calls.filter((c) => c.fresh).length} new), prepare ${prepareMs.toFixed(1)}  ${JSON.stringify(f)}`
  )
  for (const c of [...calls].sort((a, b) => b.ms - a.ms).slice(0, limit))
    console.log(
      `   ${c.ms.toFixed(1).padStart(5)} ${c.fresh ? 'new' : '   '} ${String(c.rows).padStart(5)} rows  ${c.sql.replace(/\s+/g, ' ').slice(0, 220)}`
    )
}
db.close()

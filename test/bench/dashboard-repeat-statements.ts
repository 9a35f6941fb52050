import { dashboard } from '../../src/core/analytics/dashboard'
import type { DashboardFilter } from '../../src/core/analytics/dashboard-filter'
import { store } from './dashboard'
import { timeStatements } from './timed-statements'
import { cpuMs } from './cpu'

/**
 * `tsx test/bench/dashboard-repeat-statements.ts '<filter JSON>' …`: each filter answered BENCH_REPEATS times
 * (after one unmeasured run) with every statement's running timed in CPU; prints per filter the best total CPU,
 * the CPU outside SQLite, and per statement the best of the repeats, largest first. Repeats: what a filter costs
 * once its statements are prepared and its pages cached, the part a warm-up cannot remove.
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const timed = timeStatements(db, cpuMs)

const repeats = Number(process.env.BENCH_REPEATS ?? 7)
for (const arg of process.argv.slice(2)) {
  const f = JSON.parse(arg) as DashboardFilter
  dashboard(db, f)
  let best = Infinity
  let bestOutside = Infinity
  const perStatement = new Map<string, { ms: number; rows: number; n: number }>()
  for (let r = 0; r < repeats; r++) {
    timed.calls = []
    const started = cpuMs()
    dashboard(db, f)
    const total = cpuMs() - started
    best = Math.min(best, total)
    bestOutside = Math.min(bestOutside, total - timed.calls.reduce((a, c) => a + c.ms, 0))
    const seen = new Map<string, { ms: number; rows: number; n: number }>()
    for (const c of timed.calls) {
      const s = seen.get(c.sql) ?? { ms: 0, rows: 0, n: 0 }
      seen.set(c.sql, { ms: s.ms + c.ms, rows: s.rows + c.rows, n: s.n + 1 })
    }
    for (const [sql, s] of seen) {
      const prev = perStatement.get(sql)
      if (!prev || s.ms < prev.ms) perStatement.set(sql, s)
    }
  }
  console.log(`${arg}: best CPU ${best.toFixed(1)} ms, outside SQLite ${bestOutside.toFixed(1)} ms (best of ${repeats})`)
  for (const [sql, s] of [...perStatement]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, Number(process.env.BENCH_STATEMENTS_TOP ?? 8)))
    console.log(
      `  ${s.ms.toFixed(2).padStart(6)} ×${s.n} ${String(s.rows).padStart(5)} rows  ${sql.replace(/\s+/g, ' ').slice(0, 200)}`
    )
}
db.close()

import { entityRows } from '../../src/core/analytics/breakdowns'
import { resolveDashboardFilter, type DashboardFilter } from '../../src/core/analytics/dashboard-filter'
import type { Target } from '../../src/core/rollup/cubes'
import { store } from './dashboard'
import { cpuMs } from './cpu'

/**
 * `tsx test/bench/dashboard-entity-plan.ts`: the store breakdown's one statement (entityRows) for a few filters over
 * last 12 months and all time, as queryCube writes it and with its INDEXED BY removed: the plan SQLite picks and the
 * CPU time of one run, median and range of BENCH_PLAN_RUNS runs (default 41) after three unmeasured ones, the two
 * forms alternating.
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const runs = Number(process.env.BENCH_PLAN_RUNS ?? 41)
const filters: DashboardFilter[] = [
  { currency: 'CNY', preset: 'last_12_months', methods: ['card'] },
  { currency: 'CNY', preset: 'last_12_months', methods: ['alipay'] },
  { currency: 'CNY', preset: 'last_12_months' },
  { currency: 'NOK', preset: 'last_12_months', cardOrigins: ['domestic'] },
  { currency: 'CNY', preset: 'all', methods: ['card'] },
  { currency: 'CNY', preset: 'all' }
]

/** The last store-level statement run (SQL and parameters), recorded by every statement the connection prepares. */
let captured: { sql: string; params: unknown[] } | undefined
const prepare = db.prepare.bind(db)
db.prepare = ((sql: string) => {
  const st = prepare(sql)
  const all = st.all.bind(st)
  st.all = ((...params: unknown[]) => {
    if (/money_\w+_store/.test(sql)) captured = { sql, params }
    return all(...params)
  }) as typeof st.all
  return st
}) as typeof db.prepare

function statementOf(f: DashboardFilter): { sql: string; params: unknown[] } {
  const resolved = resolveDashboardFilter(db, f)
  captured = undefined
  entityRows(db, resolved.cube, resolved.currency as Target)
  if (!captured) throw new Error(`no store statement for ${JSON.stringify(f)}`)
  return captured
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
for (const f of filters) {
  const { sql, params } = statementOf(f)
  const forms = [
    { name: 'as written', sql },
    { name: 'no INDEXED BY', sql: sql.replace(/ INDEXED BY \w+/g, '') }
  ]
  console.log(JSON.stringify(f))
  const times = forms.map(() => [] as number[])
  const statements = forms.map((form) => prepare(form.sql))
  let rows = 0
  for (let i = 0; i < runs + 3; i++)
    statements.forEach((st, k) => {
      const started = cpuMs()
      rows = st.all(...params).length
      if (i >= 3) times[k].push(cpuMs() - started)
    })
  forms.forEach((form, k) => {
    const plan = (prepare('EXPLAIN QUERY PLAN ' + form.sql).all(...params) as { detail: string }[]).map((r) => r.detail)
    const xs = times[k]
    console.log(
      `  ${form.name.padEnd(14)} ${rows} rows, CPU median ${median(xs).toFixed(2)} ms (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})  plan: ${plan.join(' | ')}`
    )
  })
}
db.close()

import { transactionsPage, type TransactionQuery } from '../../src/core/analytics/transactions'
import { Random } from '../../src/core/demo/random'
import { randomFilters, store } from './dashboard'

/**
 * `npm run bench -- transactions`: the Transactions screen on the dashboard bench's demo store
 * (BENCH_DASHBOARD_ROWS, default 5,000,000): for the dashboard bench's 20 random filters, the first page and
 * the next one sorted by time, by amount (largest first) and by amount (smallest first), plus heatmap-cell
 * drill-downs and merchant-name searches; 100 rows a page, as the screen asks.
 */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000)
  const db = store(rows)
  const random = new Random(7)
  const queries: TransactionQuery[] = []
  for (const f of randomFilters(db, 20)) {
    queries.push({ ...f, sort: 'time' }, { ...f, sort: 'amount' }, { ...f, sort: 'amount', direction: 'asc' })
    queries.push({ ...f, sort: random.pick(['time', 'amount'] as const), weekday: random.int(0, 6), hour: random.int(8, 20) })
  }
  const names = db.prepare('SELECT name FROM merchants ORDER BY id LIMIT 5').pluck().all() as string[]
  for (const name of names) queries.push({ preset: 'all', search: name.slice(0, 5) })

  transactionsPage(db, queries[0]) // warm the page cache once, as an open app would be
  const timed = queries.map((q) => {
    const started = performance.now()
    const first = transactionsPage(db, { ...q, limit: 100 })
    if (first.next) transactionsPage(db, { ...q, limit: 100, after: first.next })
    return { q, ms: performance.now() - started }
  })
  const count = db.prepare('SELECT COUNT(*) FROM transaction_rows').pluck().get() as number
  db.close()
  const sorted = [...timed].sort((a, b) => a.ms - b.ms)
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].ms
  const slowest = sorted[sorted.length - 1]
  return (
    `transactions: two pages each for ${timed.length} queries over ${count.toLocaleString('en')} transactions: ` +
    `p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, slowest ${slowest.ms.toFixed(0)} ms (${JSON.stringify(slowest.q)})`
  )
}

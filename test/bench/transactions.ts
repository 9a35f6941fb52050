import { transactionsPage, type TransactionQuery } from '../../src/core/analytics/transactions'
import { COMPARABLE_AMOUNT_SQL } from '../../src/core/analytics/amount-key'
import type { Db } from '../../src/core/db/open'
import { addDays } from '../../src/core/time/zones'
import { store } from './dashboard'

/** Rows a page asks for, as TransactionsView asks them. */
const PAGE = 200

type Sort = Pick<TransactionQuery, 'sort' | 'direction'>
const SORTS: [string, Sort][] = [
  ['newest', { sort: 'time', direction: 'desc' }],
  ['oldest', { sort: 'time', direction: 'asc' }],
  ['largest', { sort: 'amount', direction: 'desc' }],
  ['smallest', { sort: 'amount', direction: 'asc' }]
]

/**
 * `npm run bench -- transactions`: the Transactions screen on the dashboard bench's demo store
 * (BENCH_DASHBOARD_ROWS, default 5,000,000): every filter the screen offers (alone and in a few mixes) × every
 * sort × four periods (all, the last 12 months, last month, one day), three pages each: the first, the next one and
 * a deep one (from a cursor in the middle of the list, as if scrolled there). p50, p95 and worst are over pages;
 * the slowest pages are listed by name.
 */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000)
  const db = store(rows)
  const cases = matrix(db)
  transactionsPage(db, { preset: 'all', limit: PAGE }) // warm the page cache once, as an open app would be
  const timed: { name: string; ms: number; cpu: number }[] = []
  // BENCH_VERBOSE=1 prints each page as it is timed.
  const log = process.env.BENCH_VERBOSE
    ? (t: { name: string; ms: number; cpu: number }) => console.error(`${t.ms.toFixed(1)}\t${t.cpu.toFixed(1)}\t${t.name}`)
    : () => {}
  for (const c of cases) {
    const from = timed.length
    const first = time(() => transactionsPage(db, { ...c.q, limit: PAGE }))
    timed.push({ name: `${c.name} p1`, ms: first.ms, cpu: first.cpu })
    if (first.value.next) {
      const next = first.value.next
      timed.push({ name: `${c.name} p2`, ...time(() => transactionsPage(db, { ...c.q, limit: PAGE, after: next })) })
    }
    const deep = middle(db, c.q)
    if (deep) timed.push({ name: `${c.name} deep`, ...time(() => transactionsPage(db, { ...c.q, limit: PAGE, after: deep })) })
    timed.slice(from).forEach(log)
  }
  const count = db.prepare('SELECT COUNT(*) FROM transaction_rows').pluck().get() as number
  db.close()
  const wall = summary(timed, (t) => t.ms)
  const cpu = summary(timed, (t) => t.cpu)
  return (
    `transactions: ${timed.length} pages of ${PAGE} (${cases.length} filter × sort × period cases) over ` +
    `${count.toLocaleString('en')} transactions: wall ${wall.line}; CPU ${cpu.line}; ` +
    `slowest by wall: ${wall.slowest}; by CPU: ${cpu.slowest}`
  )
}

/** p50, p95, worst, how many pages over 100 and 250 ms, and the five slowest by name. */
function summary<T extends { name: string }>(timed: T[], ms: (t: T) => number) {
  const sorted = [...timed].sort((a, b) => ms(a) - ms(b))
  const pct = (p: number) => ms(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)])
  const over = (limit: number) => sorted.filter((t) => ms(t) > limit).length
  const slowest = sorted
    .slice(-5)
    .reverse()
    .map((t) => `${t.name} ${ms(t).toFixed(0)} ms`)
    .join('; ')
  return {
    line:
      `p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, worst ${ms(sorted[sorted.length - 1]).toFixed(0)} ms, ` +
      `over 100 ms: ${over(100)}, over 250 ms: ${over(250)}`,
    slowest
  }
}

function time<T>(fn: () => T): { value: T; ms: number; cpu: number } {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = fn()
  const used = process.cpuUsage(cpu)
  return { value, ms: performance.now() - started, cpu: (used.user + used.system) / 1000 }
}

/** Every filter the screen offers, alone and mixed, × every sort × four periods. */
function matrix(db: Db): { name: string; q: TransactionQuery }[] {
  const last = db.prepare('SELECT MAX(t) FROM money_day_country').pluck().get() as string
  const one = (sql: string) => db.prepare(sql).pluck().get() as number
  const merchant = one("SELECT id FROM merchants WHERE country = 'NO' ORDER BY id LIMIT 1")
  const small = one('SELECT merchant_id FROM money_month_merchant GROUP BY merchant_id ORDER BY SUM(count) LIMIT 1')
  const storeId = one(`SELECT id FROM stores WHERE merchant_id = ${merchant} ORDER BY id LIMIT 1`)
  const name = db.prepare('SELECT name FROM merchants WHERE id = ?').pluck().get(merchant) as string
  const someId = one('SELECT MAX(id) / 2 FROM transaction_rows')
  const filters: [string, TransactionQuery][] = [
    ['no filter', {}],
    ['Finland', { countries: ['FI'] }],
    ['Norway', { countries: ['NO'] }],
    ['one merchant', { merchantIds: [merchant] }],
    ['smallest merchant', { merchantIds: [small] }],
    ['one store', { storeIds: [storeId] }],
    ['Alipay', { methods: ['alipay'] }],
    ['cards', { methods: ['card'] }],
    ['Chinese cards', { cardOrigins: ['cn'] }],
    ['refunds', { kinds: ['refund'] }],
    ['payments', { kinds: ['payment'] }],
    ['search name', { search: name.slice(0, 6) }],
    ['search id', { search: String(someId) }],
    ['cell Sat 13h', { weekday: 5, hour: 13 }],
    ['cell Mon 6h', { weekday: 0, hour: 6 }],
    ['weekday Sun', { weekday: 6 }],
    ['Finland Chinese cards', { countries: ['FI'], cardOrigins: ['cn'] }],
    ['Norway Alipay refunds', { countries: ['NO'], methods: ['alipay'], kinds: ['refund'] }],
    ['merchant Alipay cell', { merchantIds: [merchant], methods: ['alipay'], weekday: 2, hour: 15 }],
    ['Finland Alipay', { countries: ['FI'], methods: ['alipay'] }]
  ]
  const periods: [string, TransactionQuery][] = [
    ['all', { preset: 'all' }],
    ['12 months', { preset: 'last_12_months' }],
    ['last month', { preset: 'last_month' }],
    ['one day', { preset: 'custom', from: addDays(last, -40), to: addDays(last, -40) }]
  ]
  const out: { name: string; q: TransactionQuery }[] = []
  for (const [f, filter] of filters)
    for (const [p, period] of periods)
      for (const [s, sort] of SORTS) out.push({ name: `${f}, ${p}, ${s}`, q: { ...period, ...filter, ...sort } })
  return out
}

/** A cursor halfway through the period by its sort key, as if the list were scrolled there. */
function middle(db: Db, q: TransactionQuery): { key: number; id: number } | null {
  const page = transactionsPage(db, { ...q, limit: 1 })
  const back = transactionsPage(db, { ...q, limit: 1, direction: q.direction === 'asc' ? 'desc' : 'asc' })
  const [a, b] = [page.rows[0], back.rows[0]]
  if (!a || !b) return null
  const key = (r: typeof a) =>
    q.sort === 'amount'
      ? (db.prepare(`SELECT ${COMPARABLE_AMOUNT_SQL} FROM transaction_rows WHERE id = ?`).pluck().get(r.id) as number)
      : r.occurredAt
  return { key: Math.round((key(a) + key(b)) / 2), id: q.direction === 'asc' ? 0 : Number.MAX_SAFE_INTEGER }
}

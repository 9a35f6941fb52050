import { UserError } from '../errors'
import type { Db } from '../db/open'
import { closeBatchRange, lastTransactionId } from '../db/batch-rows'
import { ensureReferenceRates } from '../fx/rates'
import { beginBatch } from '../rollup'
import { addDays, COUNTRIES, type CountryCode } from '../time/zones'
import { Random } from './random'
import { SaleWriter, type DemoMerchant } from './sales'
import { DEMO_MERCHANTS, DEMO_REPS, demoBusinessId, demoStores } from './world'

export { TARGET_AVERAGE_NOK } from './sales'

export interface DemoOptions {
  transactions?: number
  seed?: number
  /** Finland's Alipay go-live; unset keeps Finland card-only, as in the real rollout. */
  finlandLive?: string
  onProgress?: (p: { rows: number; total: number; month: string }) => void
}

export interface DemoSummary {
  merchants: number
  stores: number
  reps: number
  transactions: number
  batches: number
  from: string
  to: string
}

const DAY_MS = 86_400_000

function seasonal(day: string): number {
  const month = Number(day.slice(5, 7))
  return month >= 6 && month <= 8 ? 1.6 : month === 12 ? 1.25 : month <= 2 ? 0.8 : 1
}

function weekday(day: string): number {
  const dow = new Date(day + 'T00:00:00Z').getUTCDay()
  return dow === 6 ? 1.35 : dow === 0 ? 0.6 : 1
}

type Windows = Record<CountryCode, [string, string]>

/**
 * Fills the store with a deterministic demo world: reps, merchants with valid business ids,
 * stores and two years of sales from each country's Alipay go-live. Each calendar month is one
 * batch committed with its rollups, so memory stays flat for 10 million rows.
 */
export function generateDemo(db: Db, options: DemoOptions = {}): DemoSummary {
  const total = options.transactions ?? 100_000
  const seed = options.seed ?? 2018
  const random = new Random(seed)
  const existing = db.prepare("SELECT COUNT(*) AS n FROM import_batches WHERE format = 'demo'").get() as { n: number }
  if (existing.n > 0) throw new UserError('demo_exists', 'this store already holds demo data')

  ensureReferenceRates(db)
  if (options.finlandLive) db.prepare("UPDATE countries SET alipay_live_date = ? WHERE code = 'FI'").run(options.finlandLive)
  const liveDates = Object.fromEntries(
    (db.prepare('SELECT code, alipay_live_date AS d FROM countries').all() as { code: CountryCode; d: string | null }[]).map(
      (r) => [r.code, r.d]
    )
  ) as Record<CountryCode, string | null>
  const windowStart = (c: CountryCode) => liveDates[c] ?? '2018-04-01'
  const windows = Object.fromEntries(COUNTRIES.map((c) => [c, [windowStart(c), addDays(windowStart(c), 729)]])) as Windows
  const merchants = db.transaction(() => createWorld(db, random, liveDates))()
  const days = dailyShares(merchants, windows)
  const sales = new SaleWriter(db, random, loadRates(db), seed)
  const months = new MonthWriter(db, random, sales, merchants, windows, total, days)
  for (let i = 0; i < days.length;) {
    const month = days[i].day.slice(0, 7)
    let j = i
    while (j < days.length && days[j].day.slice(0, 7) === month) j++
    db.transaction(() => months.write(i, j, `Demo data ${month} (seed ${seed})`))()
    options.onProgress?.({ rows: sales.serial, total, month })
    i = j
  }

  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return {
    merchants: merchants.length,
    stores: count('SELECT COUNT(*) AS n FROM stores'),
    reps: count('SELECT COUNT(*) AS n FROM reps'),
    transactions: sales.serial,
    batches: months.batches,
    from: days[0].day,
    to: days[days.length - 1].day
  }
}

/** Every day from the first window's start to the last one's end, with its share of all transactions. */
function dailyShares(merchants: DemoMerchant[], windows: Windows): { day: string; weight: number }[] {
  const first = COUNTRIES.map((c) => windows[c][0]).sort()[0]
  const last = COUNTRIES.map((c) => windows[c][1])
    .sort()
    .reverse()[0]
  // Weight of the merchants trading that day × season × weekday.
  const days: { day: string; weight: number }[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) {
    let w = 0
    for (const m of merchants) if (day >= windows[m.country][0] && day <= windows[m.country][1]) w += m.weight
    days.push({ day, weight: w * seasonal(day) * weekday(day) })
  }
  return days
}

/** Writes the sales of one calendar month as one batch with its rollups, spreading `total` over the days. */
class MonthWriter {
  batches = 0
  private produced = 0
  private carried = 0
  private readonly weightSum: number
  private readonly newBatch
  private readonly closeBatch

  constructor(
    private readonly db: Db,
    private readonly random: Random,
    private readonly sales: SaleWriter,
    private readonly merchants: DemoMerchant[],
    private readonly windows: Windows,
    private readonly total: number,
    private readonly days: { day: string; weight: number }[]
  ) {
    this.weightSum = days.reduce((s, d) => s + d.weight, 0)
    this.newBatch = db.prepare(
      "INSERT INTO import_batches (file_name, format, started_at, status) VALUES (?, 'demo', ?, 'running') RETURNING id"
    )
    this.closeBatch = db.prepare(
      "UPDATE import_batches SET rows = ?, imported = ?, finished_at = ?, status = 'done' WHERE id = ?"
    )
  }

  /** Days[from, to) (one month) as the batch `name`; call inside a transaction. */
  write(from: number, to: number, name: string): void {
    const batchId = (this.newBatch.get(name, Date.now()) as { id: number }).id
    const before = lastTransactionId(this.db)
    const rollup = beginBatch(this.db)
    let rows = 0
    for (let k = from; k < to; k++) {
      const { day, weight } = this.days[k]
      this.carried += (this.total * weight) / this.weightSum
      const count = Math.min(Math.round(this.carried) - this.produced, this.total - this.produced)
      if (count <= 0) continue
      this.produced += count
      const active = this.merchants.filter((m) => day >= this.windows[m.country][0] && day <= this.windows[m.country][1])
      const cumulative: number[] = []
      active.reduce((s, m, n) => (cumulative[n] = s + m.weight), 0)
      for (let t = 0; t < count; t++) {
        const x = this.random.next() * cumulative[cumulative.length - 1]
        let lo = 0
        while (cumulative[lo] <= x) lo++
        rows += this.sales.write(active[lo], day, batchId, rollup)
      }
    }
    this.closeBatch.run(rows, rows, Date.now(), batchId)
    closeBatchRange(this.db, batchId, before)
    rollup.finish()
    this.batches++
  }
}

function createWorld(db: Db, random: Random, liveDates: Record<CountryCode, string | null>): DemoMerchant[] {
  const insertRep = db.prepare('INSERT OR IGNORE INTO reps (name, email, country) VALUES (?, ?, ?)')
  for (const r of DEMO_REPS) insertRep.run(r.name, r.email, r.country)
  const repIds = db.prepare('SELECT id, country FROM reps').all() as { id: number; country: CountryCode }[]
  const insertMerchant = db.prepare(
    `INSERT INTO merchants (name, legal_name, country, org_number, stage, rep_id, live_since, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
  )
  const insertStore = db.prepare('INSERT INTO stores (merchant_id, name, city) VALUES (?, ?, ?) RETURNING id')
  const stagesBeforeLive = ['lead', 'contacted', 'application', 'kyc', 'contract', 'setup'] as const
  const out: DemoMerchant[] = []
  for (const country of COUNTRIES) {
    const golive = liveDates[country]
    DEMO_MERCHANTS[country].forEach((name, index) => {
      // Most shops are live, joining over the first year; the last two of each country are still onboarding.
      const onboarding = golive === null || index >= DEMO_MERCHANTS[country].length - 2
      const alipayFrom = onboarding ? null : addDays(golive!, index === 0 ? 0 : random.int(0, 300))
      const stage = onboarding ? random.pick(stagesBeforeLive) : 'live'
      const reps = repIds.filter((r) => r.country === country)
      const suffix = { DK: 'ApS', NO: 'AS', SE: 'AB', FI: 'Oy' }[country]
      const id = (
        insertMerchant.get(
          name,
          `${name} ${suffix}`,
          country,
          demoBusinessId(country, random),
          stage,
          random.pick(reps).id,
          alipayFrom,
          Date.parse((golive ?? '2018-04-01') + 'T08:00:00Z') - random.int(30, 200) * DAY_MS
        ) as { id: number }
      ).id
      const stores = demoStores(country, name, random).map((s) => ({
        id: (insertStore.get(id, s.name, s.city) as { id: number }).id,
        terminals: s.terminals
      }))
      out.push({ id, country, weight: random.logNormal(1, 0.6), alipayFrom, stores })
    })
  }
  return out
}

/** Day → NOK per unit, from fx_daily (already carried forward). */
function loadRates(db: Db): (currency: string, day: string) => number {
  const rows = db
    .prepare("SELECT day, currency, nok_per_unit AS r FROM fx_daily WHERE day >= '2017-01-01' AND day <= '2031-12-31'")
    .all() as {
    day: string
    currency: string
    r: number
  }[]
  const map = new Map(rows.map((row) => [row.currency + row.day, row.r]))
  return (currency, day) => {
    const r = map.get(currency + day)
    if (r === undefined) throw new Error(`no rate for ${currency} on ${day}`)
    return r
  }
}

import type { Db } from '../db/open'
import { applyBatch } from '../rollup'
import { closeBatchRange, lastTransactionId } from '../db/batch-rows'
import { kindCode, methodCode, originCode, statusCode } from '../db/transaction-codes'
import { ensureReferenceRates } from '../fx/rates'
import { addDays, localToUtc, localDay, COUNTRIES, type CountryCode } from '../time/zones'
import { Random } from './random'
import {
  CN_SCHEMES,
  DEMO_MERCHANTS,
  DEMO_REPS,
  DOMESTIC_SCHEMES,
  FOREIGN_COUNTRIES,
  FOREIGN_SCHEMES,
  demoBusinessId,
  demoStores
} from './world'

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

/** Seed figures (Xinhua 2018): average ticket in NOK by who pays. */
export const TARGET_AVERAGE_NOK = { alipay: 4000, cn: 4100, domestic: 338, foreign: 850 } as const

const CURRENCY: Record<CountryCode, string> = { DK: 'DKK', NO: 'NOK', SE: 'SEK', FI: 'EUR' }
const DAY_MS = 86_400_000

interface DemoMerchant {
  id: number
  country: CountryCode
  weight: number
  /** Alipay accepted from this local day; null = never in the window. */
  alipayFrom: string | null
  stores: { id: number; terminals: string[] }[]
}

function seasonal(day: string): number {
  const month = Number(day.slice(5, 7))
  return month >= 6 && month <= 8 ? 1.6 : month === 12 ? 1.25 : month <= 2 ? 0.8 : 1
}

function chineseSeasonal(day: string): number {
  const month = Number(day.slice(5, 7))
  return month >= 6 && month <= 8 ? 1.9 : month === 2 ? 1.3 : 1 // summer tours, Chinese New Year
}

function weekday(day: string): number {
  const dow = new Date(day + 'T00:00:00Z').getUTCDay()
  return dow === 6 ? 1.35 : dow === 0 ? 0.6 : 1
}

/**
 * Fills the store with a deterministic demo world: reps, merchants with valid business ids,
 * stores and two years of sales from each country's Alipay go-live. Each calendar month is one
 * batch committed with its rollups, so memory stays flat for 10 million rows.
 */
export function generateDemo(db: Db, options: DemoOptions = {}): DemoSummary {
  const total = options.transactions ?? 100_000
  const random = new Random(options.seed ?? 2018)
  const existing = db.prepare("SELECT COUNT(*) AS n FROM import_batches WHERE format = 'demo'").get() as { n: number }
  if (existing.n > 0) throw Object.assign(new Error('this store already holds demo data'), { code: 'demo_exists' })

  ensureReferenceRates(db)
  if (options.finlandLive) db.prepare("UPDATE countries SET alipay_live_date = ? WHERE code = 'FI'").run(options.finlandLive)
  const liveDates = Object.fromEntries(
    (db.prepare('SELECT code, alipay_live_date AS d FROM countries').all() as { code: CountryCode; d: string | null }[]).map(
      (r) => [r.code, r.d]
    )
  ) as Record<CountryCode, string | null>
  const windowStart = (c: CountryCode) => liveDates[c] ?? '2018-04-01'
  const windows = Object.fromEntries(COUNTRIES.map((c) => [c, [windowStart(c), addDays(windowStart(c), 729)]])) as Record<
    CountryCode,
    [string, string]
  >

  const merchants = db.transaction(() => createWorld(db, random, liveDates))()

  const rateOf = loadRates(db)
  const first = COUNTRIES.map((c) => windows[c][0]).sort()[0]
  const last = COUNTRIES.map((c) => windows[c][1])
    .sort()
    .reverse()[0]

  // Share of all transactions per day: weight of the merchants trading that day × season × weekday.
  const days: { day: string; weight: number }[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) {
    let w = 0
    for (const m of merchants) if (day >= windows[m.country][0] && day <= windows[m.country][1]) w += m.weight
    days.push({ day, weight: w * seasonal(day) * weekday(day) })
  }
  const weightSum = days.reduce((s, d) => s + d.weight, 0)

  const insert = db.prepare(
    `INSERT INTO transaction_rows (merchant_id, store_id, terminal, occurred_at, day, kind_code, status_code, method_code,
                                   card_scheme, card_country, origin_code, amount, currency, source, external_id, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)`
  )
  const newBatch = db.prepare(
    "INSERT INTO import_batches (file_name, format, started_at, status) VALUES (?, 'demo', ?, 'running') RETURNING id"
  )
  const closeBatch = db.prepare("UPDATE import_batches SET rows = ?, imported = ?, finished_at = ?, status = 'done' WHERE id = ?")

  let produced = 0
  let carried = 0
  let serial = 0
  let batches = 0
  const seed = options.seed ?? 2018
  for (let i = 0; i < days.length;) {
    const month = days[i].day.slice(0, 7)
    let j = i
    while (j < days.length && days[j].day.slice(0, 7) === month) j++
    db.transaction(() => {
      const batchId = (newBatch.get(`Demo data ${month} (seed ${seed})`, Date.now()) as { id: number }).id
      const before = lastTransactionId(db)
      let rows = 0
      for (let k = i; k < j; k++) {
        const { day, weight } = days[k]
        carried += (total * weight) / weightSum
        const count = Math.min(Math.round(carried) - produced, total - produced)
        if (count <= 0) continue
        produced += count
        const active = merchants.filter((m) => day >= windows[m.country][0] && day <= windows[m.country][1])
        const cumulative: number[] = []
        active.reduce((s, m, n) => (cumulative[n] = s + m.weight), 0)
        for (let t = 0; t < count; t++) {
          const x = random.next() * cumulative[cumulative.length - 1]
          let lo = 0
          while (cumulative[lo] <= x) lo++
          rows += emitSale(active[lo], day)
        }
      }
      closeBatch.run(rows, rows, Date.now(), batchId)
      closeBatchRange(db, batchId, before)
      applyBatch(db, batchId, 1)
      batches++

      function emitSale(m: DemoMerchant, day: string): number {
        const alipayLive = m.alipayFrom !== null && day >= m.alipayFrom
        const chinese = chineseSeasonal(day)
        const who = random.weighted([
          ['domestic', 80],
          ['foreign', 9],
          ['cn', (alipayLive ? 3 : 5.5) * chinese],
          ['alipay', alipayLive ? 7.5 * chinese : 0]
        ] as const)
        const store = random.pick(m.stores)
        const hour = who === 'domestic' ? random.int(9, 19) : random.int(10, 17)
        const [y, mo, d] = day.split('-').map(Number)
        const occurredAt = localToUtc(m.country, y, mo, d, hour, random.int(0, 59), random.int(0, 59))
        const currency = CURRENCY[m.country]
        const nok = Math.max(20, random.logNormal(TARGET_AVERAGE_NOK[who], who === 'domestic' ? 0.8 : 0.7))
        const local = nok / rateOf(currency, day)
        const amount = currency === 'EUR' ? Math.round(local * 100) : Math.max(1, Math.round(local)) * 100
        const method = who === 'alipay' ? 'alipay' : 'card'
        const scheme =
          who === 'alipay'
            ? null
            : random.weighted(who === 'domestic' ? DOMESTIC_SCHEMES[m.country] : who === 'cn' ? CN_SCHEMES : FOREIGN_SCHEMES)
        const cardCountry =
          who === 'alipay' ? null : who === 'domestic' ? m.country : who === 'cn' ? 'CN' : pickForeign(m.country)
        const origin = who === 'alipay' ? 'alipay' : who
        const failed = random.next() < 0.006
        const status = failed ? 'failed' : method === 'alipay' ? 'settled' : 'captured'
        const terminal = random.pick(store.terminals)
        const base = [m.id, store.id, terminal] as const
        insert.run(
          ...base,
          occurredAt,
          day,
          kindCode('payment'),
          statusCode(status),
          methodCode(method),
          scheme,
          cardCountry,
          originCode(origin),
          amount,
          currency,
          `DEMO-${seed}-${++serial}`,
          batchId
        )
        if (failed || random.next() >= 0.012) return 1
        const refundAt = occurredAt + random.int(1, 10) * DAY_MS + random.int(0, 3_600_000)
        const refund = random.next() < 0.7 ? amount : Math.round((amount * random.int(10, 90)) / 100)
        insert.run(
          ...base,
          refundAt,
          localDay(refundAt, m.country),
          kindCode('refund'),
          statusCode(status),
          methodCode(method),
          scheme,
          cardCountry,
          originCode(origin),
          refund,
          currency,
          `DEMO-${seed}-${++serial}`,
          batchId
        )
        return 2
      }
    })()
    options.onProgress?.({ rows: serial, total, month })
    i = j
  }

  function pickForeign(home: CountryCode): string {
    for (;;) {
      const c = random.pick(FOREIGN_COUNTRIES)
      if (c !== home) return c
    }
  }

  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return {
    merchants: merchants.length,
    stores: count('SELECT COUNT(*) AS n FROM stores'),
    reps: count('SELECT COUNT(*) AS n FROM reps'),
    transactions: serial,
    batches,
    from: first,
    to: last
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

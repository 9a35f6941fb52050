import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { addDays, type CountryCode } from '../time/zones'
import { dashboard } from './dashboard'
import { dataSpan, type DashboardFilter } from './dashboard-filter'

/**
 * The filter states a warm-up answers: every preset, a custom range with ragged ends, and one of each kind of
 * filter, in the currency the user is looking at. A filter state's first answer in a process runs code V8 has not
 * compiled yet and statements SQLite has not prepared or run yet, and costs far more than a repeat; these cover
 * the code paths (month, week and day parts; country, merchant, store levels; method and origin columns) that the
 * states a user picks next go through.
 */
export function warmupFilters(db: Db, seen: Pick<DashboardFilter, 'currency'>): DashboardFilter[] {
  const currency = seen.currency ?? 'NOK'
  const span = dataSpan(db)
  const merchants = prepared(db, 'SELECT id, country FROM merchants ORDER BY id LIMIT 2').all() as {
    id: number
    country: CountryCode
  }[]
  const out: DashboardFilter[] = (['all', 'ytd', 'last_12_months', 'this_month', 'last_month'] as const).map((preset) => ({
    currency,
    preset
  }))
  const from = addDays(span.to, -200) > span.from ? addDays(span.to, -200) : span.from
  out.push({ currency, preset: 'custom', from: addDays(from, 3), to: addDays(span.to, -9) })
  out.push({ currency, preset: 'last_12_months', methods: ['card'] })
  out.push({ currency, preset: 'last_12_months', cardOrigins: ['domestic'] })
  if (merchants.length) {
    out.push({ currency, preset: 'last_12_months', countries: [merchants[0].country] })
    out.push({ currency, preset: 'ytd', countries: [merchants[0].country], methods: ['alipay'] })
    out.push({ currency, preset: 'all', merchantIds: merchants.map((m) => m.id) })
  }
  return out
}

/** Answers the warm-up's filter states at once, discarding the answers (the benchmark's form of it). */
export function warmDashboard(db: Db, seen: Pick<DashboardFilter, 'currency'>): void {
  for (const f of warmupFilters(db, seen)) dashboard(db, f)
}

/** The currencies each connection has warmed up (or is warming up). */
const warmed = new WeakMap<Db, Set<string>>()

/** Refilling stale cubes is the next real dashboard's work, never an idle step's. */
const cubesStale = (db: Db) => !!prepared(db, "SELECT 1 FROM analytics_state WHERE key = 'cubes_stale'").get()

/**
 * Once the window has painted a dashboard (it says so through `analytics.warmup`), answers the warm-up's filter
 * states in that dashboard's currency in idle steps: one per timer tick, so a call from the window waits at most one
 * step. Once per connection and currency: a currency the user switches to reads other amount columns, so its first
 * answers run statements the first currency's warm-up never prepared. Stops when the connection closes; the timers
 * never keep a process alive.
 */
export function scheduleDashboardWarmup(
  db: Db,
  seen: Pick<DashboardFilter, 'currency'>,
  timing = { startMs: 0, gapMs: 50 }
): void {
  const currency = seen.currency ?? 'NOK'
  let currencies = warmed.get(db)
  if (!currencies) warmed.set(db, (currencies = new Set()))
  if (currencies.has(currency)) return
  currencies.add(currency)
  let queue: DashboardFilter[] | undefined
  const step = () => {
    if (!db.open || cubesStale(db)) return
    try {
      queue ??= warmupFilters(db, seen)
      const next = queue.shift()
      if (!next) return
      dashboard(db, next)
    } catch {
      // A warm-up answer is never shown; a store busy or changed meanwhile just ends it.
      return
    }
    setTimeout(step, timing.gapMs).unref()
  }
  setTimeout(step, timing.startMs).unref()
}

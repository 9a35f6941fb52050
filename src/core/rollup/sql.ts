import type { Db } from '../db/open'
import { localHour, type CountryCode } from '../time/zones'

/** SQL snippets and functions shared by cube upkeep and cube queries. */

const registered = new WeakSet<Db>()

/** SQL functions the cubes need: the local hour of an instant in a merchant's country. */
export function registerAnalyticsFunctions(db: Db): void {
  if (registered.has(db)) return
  db.function('kassa_local_hour', { deterministic: true }, (ms: unknown, country: unknown) =>
    localHour(Number(ms), country as CountryCode)
  )
  registered.add(db)
}

/** Monday = 0 … Sunday = 6, from a 'YYYY-MM-DD' column. */
export const weekdaySql = (day: string) => `((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7)`
/** Eight buckets per doubling of the amount in minor units; bucket b holds [2^(b/8), 2^((b+1)/8)). */
export const BUCKETS_PER_DOUBLING = 8
export const bucketSql = (amount: string) =>
  `(CASE WHEN ${amount} > 0 THEN CAST(floor(${BUCKETS_PER_DOUBLING} * log2(${amount})) AS INTEGER) ELSE -1 END)`

/**
 * One rollup cell converted into `target` exactly as stats() converts it (rounded per cell): `fs` is the rate of
 * the cell's currency, `targetRate` the target's rate that day.
 */
export const convertSql = (target: string, targetRate = `f_${target.toLowerCase()}.nok_per_unit`) =>
  `COALESCE(CAST(ROUND(r.amount * fs.nok_per_unit / ${targetRate}) AS INTEGER), 0)`

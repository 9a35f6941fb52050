import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from '../db/open'
import { CURRENCIES } from '../money/currency'
import { resourcesDir } from '../resources'
import { addDays } from '../time/zones'
import { rebuildMoneyCubes } from '../rollup'

/** fx_daily covers this span so every transaction day finds a rate by plain equality join. */
export const FX_FIRST_DAY = '2010-01-01'
export const FX_LAST_DAY = '2039-12-31'

export interface RateRow {
  currency: string
  day: string
  nokPerUnit: number
  source: string
  approximate: boolean
}

export function readReferenceRates(): RateRow[] {
  const text = readFileSync(join(resourcesDir(), 'fx', 'reference-rates.csv'), 'utf8')
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('day,'))
    .map((line) => {
      const [day, currency, rate] = line.split(',')
      return { day, currency, nokPerUnit: Number(rate), source: 'reference', approximate: true }
    })
}

/** Inserts or replaces rates, then rebuilds fx_daily and the converted analytics cubes. */
export function saveRates(db: Db, rows: RateRow[]): void {
  const upsert = db.prepare(
    `INSERT INTO fx_rates (currency, day, nok_per_unit, source, approximate) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (currency, day) DO UPDATE SET nok_per_unit = excluded.nok_per_unit, source = excluded.source, approximate = excluded.approximate`
  )
  db.transaction(() => {
    for (const r of rows) upsert.run(r.currency, r.day, r.nokPerUnit, r.source, r.approximate ? 1 : 0)
    rebuildDailyRates(db)
    // Days before the earliest saved rate keep their rates, unless it is a currency's first rate:
    // days before a first rate borrow it (and are flagged), so those change too.
    const earliest = rows.map((r) => r.day).sort()[0]
    const firsts = db.prepare('SELECT currency, MIN(day) AS first FROM fx_rates GROUP BY currency').all() as {
      currency: string
      first: string
    }[]
    const movesFirst = rows.some((r) => firsts.some((f) => f.currency === r.currency && f.first === r.day))
    rebuildMoneyCubes(db, movesFirst ? undefined : earliest)
  })()
}

/** Loads the bundled approximate set when the store has no rates at all. */
export function ensureReferenceRates(db: Db): void {
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM fx_rates').get() as { n: number }
  if (n === 0) saveRates(db, readReferenceRates())
}

/**
 * Carries each currency's rates forward to every day (nearest earlier rate). Days before a
 * currency's first rate borrow that first rate and are marked exact_day = -1 (missing).
 */
export function rebuildDailyRates(db: Db): void {
  db.exec('DELETE FROM fx_daily')
  const insert = db.prepare('INSERT INTO fx_daily (day, currency, nok_per_unit, exact_day, approximate) VALUES (?, ?, ?, ?, ?)')
  const byCurrency = db.prepare('SELECT day, nok_per_unit AS rate, approximate FROM fx_rates WHERE currency = ? ORDER BY day')
  for (const currency of CURRENCIES) {
    if (currency === 'NOK') {
      for (let day = FX_FIRST_DAY; day <= FX_LAST_DAY; day = addDays(day, 1)) insert.run(day, 'NOK', 1, 1, 0)
      continue
    }
    const rates = byCurrency.all(currency) as { day: string; rate: number; approximate: number }[]
    if (rates.length === 0) continue
    let next = 0
    let current = rates[0]
    for (let day = FX_FIRST_DAY; day <= FX_LAST_DAY; day = addDays(day, 1)) {
      while (next < rates.length && rates[next].day <= day) current = rates[next++]
      const exact = next === 0 ? -1 : current.day === day ? 1 : 0
      insert.run(day, currency, current.rate, exact, current.approximate)
    }
  }
}

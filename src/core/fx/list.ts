import type { Db } from '../db/open'

export interface StoredRate {
  currency: string
  day: string
  nokPerUnit: number
  source: string
  approximate: boolean
}

/** Every stored rate, newest day first, for the settings screen. */
export function listRates(db: Db): StoredRate[] {
  const rows = db
    .prepare('SELECT currency, day, nok_per_unit AS nokPerUnit, source, approximate FROM fx_rates ORDER BY day DESC, currency')
    .all() as (Omit<StoredRate, 'approximate'> & { approximate: number })[]
  return rows.map((row) => ({ ...row, approximate: row.approximate === 1 }))
}

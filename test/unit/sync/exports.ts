import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { LocalStore } from './helpers'

const HEADER = 'Transaction ID;Date;Time;Merchant;Amount;Currency;Method\n'

/** A month's terminal export of `rows` sales at one shop, the same bytes every time it is written. */
export function writeExport(store: LocalStore, rows: number, month = '04', merchant = 'Fjellkiosken'): string {
  const lines = Array.from({ length: rows }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0')
    const method = i % 3 === 0 ? 'Alipay' : 'Visa'
    return `T${month}-${i};${day}.${month}.2018;12:${String(i % 60).padStart(2, '0')}:00;${merchant};${10 + (i % 90)},50;NOK;${method}\n`
  })
  const path = join(dirname(store.db.name), `kiosk-2018-${month}.csv`)
  writeFileSync(path, HEADER + lines.join(''))
  return path
}

export const count = (store: LocalStore) => store.db.prepare('SELECT COUNT(*) FROM transactions').pluck().get() as number
/** What the dashboard reads: the daily rollup and a converted cube. */
export const total = (store: LocalStore) =>
  store.db
    .prepare('SELECT (SELECT SUM(amount) FROM daily_rollup) AS rollup, (SELECT SUM(a_nok) FROM money_month_country) AS cube')
    .get()

import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { importFile } from '../../../src/core/import/pipeline'
import { CUBES } from '../../../src/core/rollup'
import type { CountryCode } from '../../../src/core/time/zones'
import { tempStore } from '../import/helpers'
import { addMerchant } from './fixture'
import { Random } from '../../../src/core/demo/random'

const HOME: [CountryCode, string][] = [
  ['NO', 'NOK'],
  ['DK', 'DKK'],
  ['SE', 'SEK'],
  ['FI', 'EUR']
]
const MERCHANTS = 24
const METHODS = ['Visa', 'Mastercard', 'UnionPay', 'Alipay', 'Kort']
const CARD_COUNTRIES = ['NO', 'CN', 'DE', 'SE', 'DK', 'FI', '']

/** Portfolio sales over a year: many merchants, their home currencies and tourists' USD/CNY, refunds now and then. */
function sales(n: number): { at: number; line: string }[] {
  const generator = new Random(21)
  const next = () => generator.next()
  const start = Date.UTC(2025, 0, 1)
  return Array.from({ length: n }, (_, id) => {
    const merchant = Math.floor(next() * MERCHANTS)
    const at = start + Math.floor(next() * 365 * 86_400) * 1000
    const currency = next() < 0.15 ? (next() < 0.5 ? 'USD' : 'CNY') : HOME[merchant % 4][1]
    const amount = ((next() < 0.05 ? -1 : 1) * (500 + Math.floor(next() * 300_000))) / 100
    const method = METHODS[Math.floor(next() * METHODS.length)]
    const country = CARD_COUNTRIES[Math.floor(next() * CARD_COUNTRIES.length)]
    const timestamp = new Date(at).toISOString().slice(0, 19) + 'Z'
    return { at, line: [`T${id}`, `Shop ${merchant}`, timestamp, amount.toFixed(2), currency, method, country].join(',') }
  })
}

/** Every rollup and cube row, each value as SQLite quotes it (so 1 and 1.0 differ), in key order. */
function cubeBytes(db: Db): Record<string, string[]> {
  return Object.fromEntries(
    ['daily_rollup', ...CUBES.map((c) => c.table)].map((table) => {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[])
        .map((c) => `quote(${c})`)
        .join(" || ',' || ")
      return [table, db.prepare(`SELECT ${columns} FROM ${table} ORDER BY 1`).pluck().all() as string[]]
    })
  )
}

/** Imports `lines` into a fresh store whose merchants already exist (so both stores give them the same ids). */
function importLines(lines: string[]): Record<string, string[]> {
  const { dir, write } = tempStore()
  const db = createContext({ dbPath: `${dir}/order.sqlite` }).db
  for (let m = 0; m < MERCHANTS; m++) addMerchant(db, `Shop ${m}`, HOME[m % 4][0])
  const file = write('sales.csv', ['transaction_id,merchant,timestamp,amount,currency,method,card_country', ...lines].join('\n'))
  expect(importFile(db, file, { acceptDefaults: true })).toMatchObject({ imported: lines.length, rejected: 0 })
  return cubeBytes(db)
}

describe('import row order', () => {
  it('importing the same rows in random order fills byte-identical rollups and cubes as in time order', () => {
    const all = sales(4000)
    const chronological = [...all].sort((a, b) => a.at - b.at).map((s) => s.line)
    const shuffled = all.map((s) => s.line)
    expect(shuffled).not.toEqual(chronological)
    const inOrder = importLines(chronological)
    for (const table of ['daily_rollup', 'money_day_store', 'hours_day_merchant_packed', 'tickets_month_country_packed'])
      expect(inOrder[table].length).toBeGreaterThan(10)
    expect(importLines(shuffled)).toEqual(inOrder)
  })
})

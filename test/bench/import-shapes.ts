import { createWriteStream } from 'node:fs'
import { writeTerminalCsv } from './import-data'
import { Random } from '../../src/core/demo/random'

/** A file shape the import benchmark times: how users' exports really look. */
export interface Shape {
  name: string
  /** What the file is, for the benchmark's line. */
  about: string
  /** The sqlite3 shell's table and separator for `.import` of the same file. */
  columns: string[]
  separator: string
  write(path: string, rows: number): Promise<unknown>
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const METHODS = ['Visa', 'Mastercard', 'UnionPay', 'Alipay', 'Kort']
const CARD_COUNTRIES = ['NO', 'CN', 'DE', 'SE', 'DK', 'FI', '']
const HOME = ['NOK', 'DKK', 'SEK', 'EUR']
/** Merchants of one portfolio: 400 of them, a quarter in each Nordic country. */
const MERCHANTS = 400

interface Sale {
  id: number
  at: Date
  merchant: number
  currency: string
  cents: number
  method: string
  country: string
}

/**
 * Sales of a 400-merchant portfolio over 2025, in random time order (as an export sorted by merchant or by id is):
 * each merchant charges in its home currency, or with `tourists` a fifth of its sales in USD or CNY.
 */
function* portfolioSales(rows: number, tourists: boolean): Generator<Sale> {
  const generator = new Random(24)
  const next = () => generator.next()
  const start = Date.UTC(2025, 0, 1)
  const year = 365 * 86_400_000
  // A merchant's first sale is in its home currency: the import tells a new merchant's country by it.
  const seen = new Set<number>()
  for (let id = 0; id < rows; id++) {
    const merchant = Math.floor(next() * MERCHANTS)
    const foreign = tourists && seen.has(merchant) && next() < 0.2
    seen.add(merchant)
    yield {
      id,
      at: new Date(start + Math.floor((next() * year) / 1000) * 1000),
      merchant,
      currency: foreign ? (next() < 0.5 ? 'USD' : 'CNY') : HOME[merchant % 4],
      cents: 500 + Math.floor(next() * 300_000),
      method: METHODS[Math.floor(next() * METHODS.length)],
      country: CARD_COUNTRIES[Math.floor(next() * CARD_COUNTRIES.length)]
    }
  }
}

const iso = (t: Date) => t.toISOString().slice(0, 19) + 'Z'
const nordic = (t: Date) =>
  `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`
const merchantName = (m: number) => `Merchant ${pad(m, 3)}`

/** Writes `header` then one line per sale, in chunks, waiting when the stream is full. */
async function writeLines(path: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path)
  out.write(header + '\n')
  let chunk = ''
  let n = 0
  for (const line of lines) {
    chunk += line + '\n'
    if (++n % 2000 === 0) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()))
      chunk = ''
    }
  }
  out.write(chunk)
  await new Promise<void>((r) => out.end(() => r()))
}

const ENGLISH = ['transaction_id', 'merchant', 'timestamp', 'amount', 'currency', 'method', 'card_country']

function* english(sales: Iterable<Sale>): Generator<string> {
  for (const s of sales)
    yield `TX${pad(s.id, 9)},${merchantName(s.merchant)},${iso(s.at)},${(s.cents / 100).toFixed(2)},${s.currency},${s.method},${s.country}`
}

/** The portfolio's sales, the same ones, in time order (sorted in memory; the sort keeps ties in file order). */
const inTimeOrder = (rows: number): Sale[] => [...portfolioSales(rows, false)].sort((a, b) => a.at.getTime() - b.at.getTime())

function* nordicLines(rows: number): Generator<string> {
  for (const s of portfolioSales(rows, false)) {
    const amount = (s.cents / 100).toFixed(2).replace('.', ',')
    yield `TX${pad(s.id, 9)};${merchantName(s.merchant)};${nordic(s.at)};${amount};${s.currency};${s.method};${s.country}`
  }
}

export const SHAPES: Shape[] = [
  {
    name: 'chronological',
    about: 'chronological Norwegian terminal export (dd.mm.yyyy, decimal comma, 50 shops, NOK)',
    columns: ['id', 'date', 'time', 'merchant', 'store', 'terminal', 'amount', 'currency', 'method', 'card_country'],
    separator: ';',
    write: writeTerminalCsv
  },
  {
    name: 'portfolio',
    about: '400-merchant portfolio in random time order (English headers, ISO timestamps, NOK/DKK/SEK/EUR)',
    columns: ENGLISH,
    separator: ',',
    write: (path, rows) => writeLines(path, ENGLISH.join(','), english(portfolioSales(rows, false)))
  },
  {
    name: 'portfolio-sorted',
    about: 'the same portfolio, the same sales, in time order (row order apart from volume)',
    columns: ENGLISH,
    separator: ',',
    write: (path, rows) => writeLines(path, ENGLISH.join(','), english(inTimeOrder(rows)))
  },
  {
    name: 'currencies',
    about: 'the same portfolio with a fifth of its sales in USD or CNY (six currencies)',
    columns: ENGLISH,
    separator: ',',
    write: (path, rows) => writeLines(path, ENGLISH.join(','), english(portfolioSales(rows, true)))
  },
  {
    name: 'nordic-dates',
    about: 'the same portfolio with Nordic dates (dd.mm.yyyy hh:mm:ss), semicolons and decimal commas',
    columns: ENGLISH,
    separator: ';',
    write: (path, rows) => writeLines(path, ENGLISH.join(';'), nordicLines(rows))
  }
]

import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { parse as parseStream } from 'csv-parse'
import { parse } from 'csv-parse/sync'
import type { Db } from '../db/open'
import { UserError } from '../errors'
import { CURRENCIES } from '../money/currency'
import { isValidDay } from '../time/zones'
import { saveRates, type RateRow } from './rates'

export type RatesFormat = 'norges-bank' | 'ecb'

export interface ParsedRates {
  format: RatesFormat
  rows: RateRow[]
  /** Lines or cells left out, with why (other currencies are not counted here). */
  skipped: { line: number; reason: string }[]
}

const WANTED = new Set<string>(CURRENCIES.filter((c) => c !== 'NOK'))

/** "8,1540" (Norwegian export) or "8.1540"; empty, "NaN" and "N/A" are no value. */
function number(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(/\s/g, '').replace(',', '.')
  if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}

/** Norges Bank writes semicolons, the ECB commas: whichever the header line has more of. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0)
  return (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ','
}

const CSV_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true } as const

function table(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '')
  return parse(clean, { ...CSV_OPTIONS, delimiter: delimiterOf(clean) }) as string[][]
}

/**
 * Norges Bank's exchange-rate export (SDMX CSV, semicolon-separated, one observation per line):
 * BASE_CUR;QUOTE_CUR;…;UNIT_MULT;…;TIME_PERIOD;OBS_VALUE. UNIT_MULT 2 means the value is per 100 units.
 */
export function parseNorgesBank(text: string): ParsedRates {
  return norgesBankRows(table(text))
}

function norgesBankRows([header, ...lines]: string[][]): ParsedRates {
  if (!header) throw new UserError('bad_rates_file', 'the file is empty')
  const col = (name: string) => header.findIndex((h) => h.toUpperCase() === name)
  const base = col('BASE_CUR')
  const quote = col('QUOTE_CUR')
  const period = col('TIME_PERIOD')
  const value = col('OBS_VALUE')
  const mult = col('UNIT_MULT')
  const missing = (
    [
      ['BASE_CUR', base],
      ['QUOTE_CUR', quote],
      ['TIME_PERIOD', period],
      ['OBS_VALUE', value]
    ] as const
  ).filter(([, i]) => i < 0)
  if (missing.length)
    throw new UserError('bad_rates_file', `not a Norges Bank rates file: no ${missing.map(([n]) => n).join(', ')} column`)
  const rows: RateRow[] = []
  const skipped: ParsedRates['skipped'] = []
  lines.forEach((cells, i) => {
    const line = i + 2
    const currency = cells[base]?.toUpperCase()
    if (cells[quote]?.toUpperCase() !== 'NOK' || !WANTED.has(currency)) return
    const raw = cells[period] ?? ''
    const day = /^\d{4}-\d{2}$/.test(raw) ? raw + '-01' : raw
    if (!isValidDay(day)) return void skipped.push({ line, reason: `"${raw}" is not a date` })
    const v = number(cells[value])
    if (v === null || v <= 0) return void skipped.push({ line, reason: `no rate for ${currency} on ${day}` })
    const m = mult >= 0 ? number(cells[mult]) : 0
    if (m === null || m < 0 || m > 6 || !Number.isInteger(m))
      return void skipped.push({ line, reason: `UNIT_MULT "${cells[mult]}" is not 0–6` })
    rows.push({ currency, day, nokPerUnit: v / 10 ** m, source: 'norges-bank', approximate: false })
  })
  return { format: 'norges-bank', rows, skipped }
}

/** The ECB's euro reference rates (eurofxref-hist.csv): Date,USD,JPY,…,NOK,… in units per 1 EUR. */
export function parseEcb(text: string): ParsedRates {
  return ecbRows(table(text))
}

function ecbRows([header, ...lines]: string[][]): ParsedRates {
  if (!header) throw new UserError('bad_rates_file', 'the file is empty')
  const names = header.map((h) => h.toUpperCase())
  const date = names.indexOf('DATE')
  const nok = names.indexOf('NOK')
  if (date < 0 || nok < 0)
    throw new UserError('bad_rates_file', 'not an ECB reference rates file: it needs a Date and a NOK column')
  const rows: RateRow[] = []
  const skipped: ParsedRates['skipped'] = []
  lines.forEach((cells, i) => {
    const line = i + 2
    const day = cells[date] ?? ''
    if (!isValidDay(day)) return void skipped.push({ line, reason: `"${day}" is not a date` })
    const nokPerEur = number(cells[nok])
    if (nokPerEur === null || nokPerEur <= 0) return void skipped.push({ line, reason: `no NOK rate on ${day}` })
    rows.push({ currency: 'EUR', day, nokPerUnit: nokPerEur, source: 'ecb', approximate: false })
    names.forEach((name, j) => {
      if (!WANTED.has(name) || name === 'EUR') return
      const perEur = number(cells[j])
      if (perEur === null || perEur <= 0) return
      rows.push({ currency: name, day, nokPerUnit: nokPerEur / perEur, source: 'ecb', approximate: false })
    })
  })
  return { format: 'ecb', rows, skipped }
}

export function detectRatesFormat(text: string): RatesFormat {
  const head = text
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]
    .toUpperCase()
  if (head.includes('OBS_VALUE') && head.includes('BASE_CUR')) return 'norges-bank'
  if (/^"?DATE"?\s*,/.test(head) && head.includes('NOK')) return 'ecb'
  throw new UserError(
    'bad_rates_file',
    'not a known rates file: expected Norges Bank exchange rates (CSV with BASE_CUR, QUOTE_CUR, TIME_PERIOD, OBS_VALUE) or the ECB euro reference rates (Date,USD,…,NOK,…)'
  )
}

export interface RatesImportSummary {
  file: string
  format: RatesFormat
  saved: number
  currencies: string[]
  from: string | null
  to: string | null
  skipped: ParsedRates['skipped']
}

/** Reads a central bank's rates file and saves every rate in it (replacing the same days). */
export function importRatesText(db: Db, text: string, file = 'rates.csv', format?: RatesFormat): RatesImportSummary {
  return saveParsed(db, (format ?? detectRatesFormat(text)) === 'ecb' ? parseEcb(text) : parseNorgesBank(text), file)
}

function saveParsed(db: Db, parsed: ParsedRates, file: string): RatesImportSummary {
  if (parsed.rows.length === 0)
    throw new UserError('bad_rates_file', `${file} holds no rates for ${[...WANTED].join(', ')} against NOK`)
  saveRates(db, parsed.rows)
  const days = parsed.rows.map((r) => r.day).sort()
  return {
    file,
    format: parsed.format,
    saved: parsed.rows.length,
    currencies: [...new Set(parsed.rows.map((r) => r.currency))].sort(),
    from: days[0] ?? null,
    to: days[days.length - 1] ?? null,
    skipped: parsed.skipped
  }
}

/** The ECB's whole history since 1999 is under 2 MB; a file many times that is not a rates file. */
export const MAX_RATES_FILE_BYTES = 64 * 1024 * 1024

async function head(path: string, bytes: number): Promise<string> {
  const file = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(bytes), 0, bytes, 0)
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
  } finally {
    await file.close()
  }
}

/**
 * Reads a rates file as a stream (the calling thread stays free between pieces), then saves its rates.
 * The format and delimiter come from its first line.
 */
export async function importRatesFile(db: Db, path: string, format?: RatesFormat): Promise<RatesImportSummary> {
  const file = basename(path)
  if ((await stat(path)).size > MAX_RATES_FILE_BYTES)
    throw new UserError('bad_rates_file', `${file} is over ${MAX_RATES_FILE_BYTES / 1024 / 1024} MB: not a rates file`)
  const first = await head(path, 64 * 1024)
  const kind = format ?? detectRatesFormat(first)
  const rows: string[][] = []
  for await (const record of createReadStream(path).pipe(parseStream({ ...CSV_OPTIONS, delimiter: delimiterOf(first) })))
    rows.push(record as string[])
  return saveParsed(db, kind === 'ecb' ? ecbRows(rows) : norgesBankRows(rows), file)
}

/** A person's correction of one day's rate; kept apart from published rates by its source. */
export function setManualRate(db: Db, currency: string, day: string, nokPerUnit: number): void {
  if (!WANTED.has(currency)) throw new UserError('bad_rates_file', `rates are kept for ${[...WANTED].join(', ')} against NOK`)
  if (!isValidDay(day)) throw new UserError('bad_rates_file', `"${day}" is not a date as YYYY-MM-DD`)
  if (!(nokPerUnit > 0) || !Number.isFinite(nokPerUnit)) throw new UserError('bad_rates_file', 'a rate must be a positive number')
  saveRates(db, [{ currency, day, nokPerUnit, source: 'manual', approximate: false }])
}

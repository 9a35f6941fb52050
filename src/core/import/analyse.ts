import { basename } from 'node:path'
import { detectFormat, READERS } from './formats'
import type { Choices, FormatId } from './formats/types'
import { FileError, fileSize, guessEncoding, headText } from './source'
import { detectDateOrder, type DateOrder } from './text/dates'
import { DELIMITERS, detectDelimiter, type Delimiter } from './text/delimiter'
import type { Encoding } from './text/encoding'
import { detectDecimalStyle, type DecimalStyle } from './text/numbers'
import { readRecords, type CsvRecord } from './text/records'
import { guessMapping, type Mapping } from './vocab/headers'

const HEAD_BYTES = 256 * 1024
// Excel's "sep=;" first line names the delimiter; it is not the header.
const EXCEL_SEP = /^"?sep=(.)"?\s*(?:\r\n|\n|\r)/i
export const isSepHint = (raw: string) => /^"?sep=.?"?$/i.test(raw.trim())
const SAMPLE_RECORDS = 500

/** What the user (or a saved profile) chose; anything unset is detected. */
export interface Overrides {
  format?: FormatId
  encoding?: Encoding
  delimiter?: Delimiter
  decimal?: DecimalStyle
  dateOrder?: DateOrder
  mapping?: Mapping
}

export interface Analysis {
  path: string
  fileName: string
  size: number
  header: string[]
  choices: Choices
  /** Which choices were detected with certainty (false: a guess the user should check). */
  dateOrderCertain: boolean
  sample: CsvRecord[]
}

/** Sniffs encoding, delimiter, format, mapping, decimal style and date order of one file. */
export function analyse(path: string, overrides: Overrides = {}): Analysis {
  const size = fileSize(path)
  if (size === 0) throw new FileError('empty', 'the file is empty')
  const encoding = overrides.encoding ?? guessEncoding(path).encoding
  const { text, whole } = headText(path, encoding, HEAD_BYTES)
  const hinted = EXCEL_SEP.exec(text)?.[1] as Delimiter | undefined
  const delimiter =
    overrides.delimiter ?? (hinted && (DELIMITERS as readonly string[]).includes(hinted) ? hinted : detectDelimiter(text))
  const sample: CsvRecord[] = []
  for (const rec of readRecords([text], delimiter)) {
    sample.push(rec)
    if (sample.length > SAMPLE_RECORDS) break
  }
  // A record cut off by the end of the sniffed bytes is not a real one.
  if (!whole && sample.length > 1) sample.pop()
  const headerIndex = sample.findIndex((r) => r.fields.some((f) => f.trim() !== '') && !isSepHint(r.raw))
  if (headerIndex === -1) throw new FileError('empty', 'the file has no text')
  const header = sample[headerIndex].fields
  const fileName = basename(path)
  const format = overrides.format ?? detectFormat(header, fileName, text)
  if (!format) {
    throw new FileError(
      'unknown_format',
      'no recognisable format: the first line names no date and amount columns and matches no Alipay, Antom, Vipps or Adyen layout'
    )
  }
  // A format the user chose that the file shows no sign of would reject or skip every line: say so instead.
  if (overrides.format && format !== 'csv' && READERS[format].detect(header, fileName, text) === 0)
    throw new FileError('format_mismatch', `${READERS[format].mismatch}; choose another format, or let Kassa detect it`)
  const mapping = overrides.mapping ?? (format === 'csv' ? guessMapping(header) : {})
  const body = sample.slice(headerIndex + 1)
  const columns =
    format === 'csv'
      ? { amount: mapping.amount === undefined ? [] : [mapping.amount], date: mapping.date === undefined ? [] : [mapping.date] }
      : READERS[format].sampleColumns?.(header)
  const pick = (cols: number[] | undefined) => body.flatMap((r) => (cols ?? []).map((c) => r.fields[c] ?? ''))
  const decimal = overrides.decimal ?? (format === 'csv' ? detectDecimalStyle(pick(columns?.amount)) : 'point')
  const detected = detectDateOrder(pick(columns?.date))
  return {
    path,
    fileName,
    size,
    header,
    choices: { format, encoding, delimiter, decimal, dateOrder: overrides.dateOrder ?? detected.order, mapping },
    dateOrderCertain: overrides.dateOrder !== undefined || detected.certain,
    sample
  }
}

/** About how many records the whole file holds, from the size of the sniffed ones. */
export function estimatedRecords(analysis: Analysis): number {
  const chars = analysis.sample.reduce((sum, r) => sum + r.raw.length + 1, 0)
  const bytesPerChar = analysis.choices.encoding.startsWith('utf-16') ? 2 : 1
  return chars === 0 ? 0 : Math.round((analysis.size * analysis.sample.length) / (chars * bytesPerChar))
}

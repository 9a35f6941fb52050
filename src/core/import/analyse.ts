import { basename } from 'node:path'
import { detectFormat, READERS } from './formats'
import type { Choices, FormatId } from './formats/types'
import { UserError } from '../errors'
import { fileSize, guessEncoding, headText } from './source'
import { detectDateOrder, type DateOrder } from './text/dates'
import { DELIMITERS, detectDelimiter, type Delimiter } from './text/delimiter'
import type { Encoding } from './text/encoding'
import { detectDecimalStyle, type DecimalStyle } from './text/numbers'
import { readRecords, type CsvRecord } from './text/records'
import type { Mapping } from './vocab/headers'
import { decideColumns, looksLikeData, methodQuestions, type ColumnRole, type Question } from './columns'

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
  /** Set by applyProfile when the mapping comes from a saved profile. */
  appliedProfile?: string
  /** Import although a column is unclear or a row's payment method falls back to card (the fallback is then noted). */
  acceptDefaults?: boolean
}

export interface Analysis {
  path: string
  fileName: string
  size: number
  header: string[]
  /** The first line is a data row: the file has no header. */
  headerless: boolean
  choices: Choices
  /** Every column with the role it plays (or none), for a delimited file. */
  columns: ColumnRole[]
  /** What the import must not decide alone (empty for the named formats). */
  questions: Question[]
  /** Which choices were detected with certainty (false: a guess the user should check). */
  dateOrderCertain: boolean
  sample: CsvRecord[]
}

/** Sniffs encoding, delimiter, format, mapping, decimal style and date order of one file. */
export function analyse(path: string, overrides: Overrides = {}): Analysis {
  const size = fileSize(path)
  if (size === 0) throw new UserError('empty', 'the file is empty')
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
  if (headerIndex === -1) throw new UserError('empty', 'the file has no text')
  const first = sample[headerIndex].fields
  const fileName = basename(path)
  let format = overrides.format ?? detectFormat(first, fileName, text)
  // A file no layout names may still be a delimited file: without a header, or with headers we do not know.
  const headerless = (format === undefined || format === 'csv') && looksLikeData(first)
  const header = headerless ? first.map(() => '') : first
  const body = sample.slice(headerless ? headerIndex : headerIndex + 1)
  const rows = body.map((r) => r.fields)
  const given = overrides.mapping
    ? { mapping: overrides.mapping, from: overrides.appliedProfile ? ('profile' as const) : ('user' as const) }
    : undefined
  const decided = format === undefined || format === 'csv' ? decideColumns({ header, headerless, rows, given }) : undefined
  if (!format && decided?.mapping.date !== undefined && decided.mapping.amount !== undefined) format = 'csv'
  if (!format) {
    throw new UserError(
      'unknown_format',
      'no recognisable format: the first line names no date and amount columns and matches no Alipay, Antom, Vipps or Adyen layout'
    )
  }
  // A format the user chose that the file shows no sign of would reject or skip every line: say so instead.
  if (overrides.format && format !== 'csv' && READERS[format].detect(header, fileName, text) === 0)
    throw new UserError('format_mismatch', `${READERS[format].mismatch}; choose another format, or let Kassa detect it`)
  const mapping = format === 'csv' && decided ? decided.mapping : {}
  const questions =
    format === 'csv' && decided ? [...decided.questions, ...methodQuestions(mapping, rows, (k) => body[k].line)] : []
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
    headerless,
    choices: {
      format,
      encoding,
      delimiter,
      decimal,
      dateOrder: overrides.dateOrder ?? detected.order,
      mapping,
      acceptDefaults: overrides.acceptDefaults === true
    },
    columns: format === 'csv' && decided ? decided.columns : [],
    questions,
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

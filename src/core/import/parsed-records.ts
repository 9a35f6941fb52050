import { createHash } from 'node:crypto'
import type { Analysis } from './analyse'
import { READERS } from './formats'
import type { RowOut, RowReader, RowResult } from './formats/types'
import { textChunks } from './source'
import type { Encoding } from './text/encoding'
import { flawReason, headerFlawNote } from './text/flaws'
import { readRecords, type CsvRecord } from './text/records'
import { isSepHint } from './analyse'

/** One record that counts as a row: what its format read from it, or why it cannot be read. */
export interface Parsed {
  line: number
  raw: string
  /** How far into the file the reader was when this record was read. */
  bytes: number
  out: RowOut | { reject: string }
}

/** What is known once the last record has been read. */
export interface ParseEnd {
  skipped: number
  bytes: number
  sha256: string
  /** The header's raw text; null when the format has none. */
  header: string | null
  warnings: string[]
}

/** Records after the header, with the file's reader opened on that header. */
export function* dataRecords(
  analysis: Analysis,
  chunks: Iterable<string>
): Generator<{ rec: CsvRecord; reader: RowReader; header: CsvRecord }> {
  const format = READERS[analysis.choices.format]
  let reader: RowReader | undefined
  let header: CsvRecord | undefined
  for (const rec of readRecords(chunks, analysis.choices.delimiter, { encoding: analysis.choices.encoding })) {
    if (!reader || !header) {
      if (rec.fields.every((f) => f.trim() === '') || (rec.line === 1 && isSepHint(rec.raw))) continue
      reader = format.open(rec.fields, { choices: analysis.choices, fileName: analysis.fileName })
      header = rec
      if (!format.firstLineIsData && !analysis.headerless) continue
    }
    yield { rec, reader, header }
  }
}

/** A record of one empty field: a blank line. */
export const isBlank = (rec: CsvRecord) => rec.fields.length === 1 && rec.fields[0].trim() === '' && !rec.flaw

/** What a record holds; one that cannot be read as written (records.ts) is rejected before its format sees it. */
export const readRecord = (reader: RowReader, rec: CsvRecord, encoding: Encoding): RowResult =>
  rec.flaw ? { reject: flawReason(rec.flaw, encoding) } : reader.read(rec)

/** Reads, decodes and parses the analysed file: every record that counts as a row, in file order. */
export function* parseRecords(analysis: Analysis): Generator<Parsed, ParseEnd> {
  const { format, encoding } = analysis.choices
  const sha = createHash('sha256')
  let bytes = 0
  let skipped = 0
  let lastReader: RowReader | undefined
  let headerRecord: CsvRecord | undefined
  const chunks = textChunks(analysis.path, encoding, (position, chunk) => {
    bytes = position
    sha.update(chunk)
  })
  for (const { rec, reader, header } of dataRecords(analysis, chunks)) {
    lastReader = reader
    headerRecord = header
    if (isBlank(rec)) continue
    const out = readRecord(reader, rec, encoding)
    if ('skip' in out) {
      skipped++
      continue
    }
    yield { line: rec.line, raw: rec.raw, bytes, out: 'reject' in out ? out : out.row }
  }
  const warnings = lastReader?.finish?.() ?? []
  if (!lastReader) warnings.push('the file has a header but no rows')
  const hasHeader = !READERS[format].firstLineIsData && !analysis.headerless
  if (headerRecord?.flaw && hasHeader) warnings.unshift(headerFlawNote(headerRecord.flaw, headerRecord.line, encoding))
  const header = headerRecord && hasHeader ? headerRecord.raw : null
  return { skipped, bytes, sha256: sha.digest('hex'), header, warnings }
}

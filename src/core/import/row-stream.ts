import { createHash } from 'node:crypto'
import type { Db } from '../db/open'
import { UserError } from '../errors'
import { isSepHint, type Analysis } from './analyse'
import { READERS } from './formats'
import type { RowReader, RowResult } from './formats/types'
import { MerchantResolver, StoreResolver, creatorFor } from './merchants'
import { fingerprintBase, hash53, resolveRow, type Attribution, type Resolved } from './row'
import { noSegments, segmentOf, type SegmentCounts } from './segments'
import { textChunks } from './source'
import type { Encoding } from './text/encoding'
import { flawReason, headerFlawNote } from './text/flaws'
import { readRecords, type CsvRecord } from './text/records'

/** The options that decide how rows are read and attributed. */
export interface ReadOptions {
  /** Merchant for rows that name none: an existing id, or a name (created if new). */
  merchantId?: number
  merchant?: string
}

/** Where the read rows go, in file order. */
export interface RowSink {
  row(r: Resolved, fingerprint: string | null, line: number, raw: string): void
  rejected(line: number, raw: string, reason: string): void
  /** Every PROGRESS_ROWS rows: rows read so far and how far into the file. */
  progress(rows: number, bytes: number): void
}

/** What is known once the last row has been read. */
export interface StreamEnd {
  rows: number
  skipped: number
  bytes: number
  sha256: string
  /** The header's raw text (kept with rejected lines so they export as a file that imports again); null when the format has none. */
  header: string | null
  warnings: string[]
  /** Rows read as sales or refunds (stored or duplicates alike), by segment. */
  segments: SegmentCounts
}

const PROGRESS_ROWS = 4096
/** The most of a rejected line's text kept: whole for any line a person would fix and import again. */
const REJECT_RAW_CHARS = 64 * 1024

export function attributionFor(merchants: MerchantResolver, options: ReadOptions): Attribution {
  if (options.merchantId !== undefined) {
    const m = merchants.byId(options.merchantId)
    if (!m) throw new UserError('not_found', `merchant ${options.merchantId} does not exist`)
    return { chosen: m }
  }
  if (options.merchant) return { chosen: { name: options.merchant } }
  return {}
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

const capped = (raw: string) => (raw.length > REJECT_RAW_CHARS ? raw.slice(0, REJECT_RAW_CHARS) + '…' : raw)

/**
 * Reads, resolves and fingerprints every row of the analysed file into `sink`, creating in `db` the merchants
 * and stores it first meets (and remembering Alipay partner ids). Rows without an external id get
 * their occurrence index within the file from a temp table, so memory stays flat however many they are.
 */
export function streamRows(db: Db, analysis: Analysis, options: ReadOptions, sink: RowSink): StreamEnd {
  const { format, encoding } = analysis.choices
  const sha = createHash('sha256')
  const create = creatorFor(db)
  const merchants = new MerchantResolver(db, create)
  const stores = new StoreResolver(db, create)
  const attribution = attributionFor(merchants, options)
  db.exec('CREATE TEMP TABLE IF NOT EXISTS kassa_import_seen (h INTEGER PRIMARY KEY, n INTEGER NOT NULL)')
  db.exec('DELETE FROM temp.kassa_import_seen')
  const nextOccurrence = db
    .prepare('INSERT INTO temp.kassa_import_seen (h, n) VALUES (?, 0) ON CONFLICT (h) DO UPDATE SET n = n + 1 RETURNING n')
    .pluck()
  let [bytes, rows, skipped] = [0, 0, 0]
  const segments = noSegments()
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
    rows++
    if (rows % PROGRESS_ROWS === 0) sink.progress(rows, bytes)
    if ('reject' in out) {
      sink.rejected(rec.line, capped(rec.raw), out.reject)
      continue
    }
    const r = resolveRow(out.row, format, merchants, stores, attribution)
    if (typeof r === 'string') {
      sink.rejected(rec.line, capped(rec.raw), r)
      continue
    }
    segments[segmentOf(r.origin)]++
    let fingerprint: string | null = null
    if (r.externalId === null) {
      const base = fingerprintBase(r)
      fingerprint = `${base}#${nextOccurrence.get(hash53(base)) as number}`
    }
    sink.row(r, fingerprint, rec.line, rec.raw)
  }
  const warnings = lastReader?.finish?.() ?? []
  if (!lastReader) warnings.push('the file has a header but no rows')
  if (headerRecord?.flaw && !READERS[format].firstLineIsData && !analysis.headerless)
    warnings.unshift(headerFlawNote(headerRecord.flaw, headerRecord.line, encoding))
  const header = headerRecord && !READERS[format].firstLineIsData && !analysis.headerless ? headerRecord.raw : null
  return { rows, skipped, bytes, sha256: sha.digest('hex'), header, warnings, segments }
}

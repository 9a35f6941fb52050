import type { Db } from '../db/open'
import { UserError } from '../errors'
import type { Analysis } from './analyse'
import { MerchantResolver, StoreResolver, creatorFor } from './merchants'
import { parseRecords, type ParseEnd, type Parsed } from './parsed-records'
import { fingerprintBase, hash53, resolveRow, type Attribution, type Resolved } from './row'
import { noSegments, segmentOf, type SegmentCounts } from './segments'

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

const capped = (raw: string) => (raw.length > REJECT_RAW_CHARS ? raw.slice(0, REJECT_RAW_CHARS) + '…' : raw)

/**
 * Reads, resolves and fingerprints every row of the analysed file into `sink`, creating in `db` the merchants
 * and stores it first meets (and remembering Alipay partner ids). Rows without an external id get
 * their occurrence index within the file from a temp table, so memory stays flat however many they are.
 */
export function streamRows(
  db: Db,
  analysis: Analysis,
  options: ReadOptions,
  sink: RowSink,
  records: Generator<Parsed, ParseEnd> = parseRecords(analysis)
): StreamEnd {
  const { format } = analysis.choices
  const create = creatorFor(db)
  const merchants = new MerchantResolver(db, create)
  const stores = new StoreResolver(db, create)
  const attribution = attributionFor(merchants, options)
  db.exec('CREATE TEMP TABLE IF NOT EXISTS kassa_import_seen (h INTEGER PRIMARY KEY, n INTEGER NOT NULL)')
  db.exec('DELETE FROM temp.kassa_import_seen')
  const nextOccurrence = db
    .prepare('INSERT INTO temp.kassa_import_seen (h, n) VALUES (?, 0) ON CONFLICT (h) DO UPDATE SET n = n + 1 RETURNING n')
    .pluck()
  let rows = 0
  const segments = noSegments()
  for (;;) {
    const next = records.next()
    if (next.done) return { rows, segments, ...next.value }
    const { line, raw, bytes, out } = next.value
    rows++
    if (rows % PROGRESS_ROWS === 0) sink.progress(rows, bytes)
    if ('reject' in out) {
      sink.rejected(line, capped(raw), out.reject)
      continue
    }
    const r = resolveRow(out, format, merchants, stores, attribution)
    if (typeof r === 'string') {
      sink.rejected(line, capped(raw), r)
      continue
    }
    segments[segmentOf(r.origin)]++
    let fingerprint: string | null = null
    if (r.externalId === null) {
      const base = fingerprintBase(r)
      fingerprint = `${base}#${nextOccurrence.get(hash53(base)) as number}`
    }
    sink.row(r, fingerprint, line, raw)
  }
}

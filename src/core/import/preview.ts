import type { Db } from '../db/open'
import { utcOffsetMs } from '../time/zones'
import { analyse, type Overrides } from './analyse'
import type { Choices } from './formats/types'
import { MerchantResolver, StoreResolver } from './merchants'
import type { ImportOptions } from './pipeline'
import { attributionFor, dataRecords, isBlank, readRecord } from './row-stream'
import { fingerprintBase, resolveRow, type Resolved } from './row'
import { applyProfile } from './profiles'
import { textChunks } from './source'
import { headerSignature } from './vocab/headers'
import type { ColumnRole, Question } from './columns'

export interface DuplicateOf {
  line: number
  /** Set when the earlier row is in an earlier import; absent when it is earlier in this file. */
  batchId?: number
  file?: string
}

export interface PreviewRow {
  line: number
  raw: string
  outcome: 'new' | 'duplicate' | 'rejected' | 'skipped'
  reason?: string
  duplicateOf?: DuplicateOf
  row?: {
    occurredAt: number
    localTime: string
    day: string
    kind: string
    status: string
    method: string
    /** The file names no method for the row: card is the fallback the import asks about. */
    methodDefaulted: boolean
    scheme: string | null
    cardCountry: string | null
    origin: string
    amount: number
    currency: string
    fee: number | null
    merchant: string
    merchantIsNew: boolean
    store: string | null
    terminal: string | null
    externalId: string | null
  }
}

export interface Preview {
  file: string
  path: string
  size: number
  header: string[]
  /** The file has no header line: its first line is a row. */
  headerless: boolean
  /** Every column with the role it plays (or none) and how that was decided. */
  columns: ColumnRole[]
  /** What the import asks before it writes; an import without accepting them is refused. */
  questions: Question[]
  signature: string
  choices: Choices
  dateOrderCertain: boolean
  /** The saved profile that was applied, if any. */
  profile?: string
  rows: PreviewRow[]
}

/** The first rows exactly as they would be stored, with duplicate status; writes nothing. */
export function previewFile(db: Db, path: string, given: ImportOptions & Overrides = {}, limit = 50): Preview {
  const options = applyProfile(db, path, given)
  const analysis = analyse(path, options)
  const { format } = analysis.choices
  const merchants = new MerchantResolver(db)
  const stores = new StoreResolver(db)
  const attribution = attributionFor(merchants, options)
  const duplicates = new DuplicateFinder(db, format)
  const rows: PreviewRow[] = []
  const chunks = textChunks(path, analysis.choices.encoding, undefined, 4 * 1024 * 1024)
  // The preview shows rows without a method as the card fallback, flagged, and asks; only the import refuses them.
  const reading = { ...analysis, choices: { ...analysis.choices, acceptDefaults: true } }
  for (const { rec, reader } of dataRecords(reading, chunks)) {
    if (rows.length >= limit) break
    if (isBlank(rec)) continue
    const base = { line: rec.line, raw: rec.raw.length > 2000 ? rec.raw.slice(0, 2000) + '…' : rec.raw }
    const out = readRecord(reader, rec, analysis.choices.encoding)
    if ('skip' in out) {
      rows.push({ ...base, outcome: 'skipped', reason: out.skip })
      continue
    }
    if ('reject' in out) {
      rows.push({ ...base, outcome: 'rejected', reason: out.reject })
      continue
    }
    const r = resolveRow(out.row, format, merchants, stores, attribution)
    if (typeof r === 'string') {
      rows.push({ ...base, outcome: 'rejected', reason: r })
      continue
    }
    const duplicateOf = duplicates.find(r, rec.line)
    rows.push({
      ...base,
      outcome: duplicateOf ? 'duplicate' : 'new',
      reason: duplicateOf ? describeDuplicate(duplicateOf) : undefined,
      duplicateOf,
      row: shownRow(r, out.row.methodDefaulted === true)
    })
  }
  return {
    file: analysis.fileName,
    path,
    size: analysis.size,
    header: analysis.header,
    headerless: analysis.headerless,
    columns: analysis.columns,
    questions: analysis.questions,
    signature: headerSignature(analysis.header),
    choices: analysis.choices,
    dateOrderCertain: analysis.dateOrderCertain,
    profile: options.appliedProfile,
    rows
  }
}

/** The earlier row a previewed row repeats: earlier in this file, or in an earlier import. */
class DuplicateFinder {
  private readonly byExternal
  private readonly byFingerprint
  private readonly seenExternal = new Map<string, number>()
  private readonly occurrences = new Map<string, number>()

  constructor(
    db: Db,
    private readonly format: string
  ) {
    this.byExternal = db.prepare(
      `SELECT t.line, t.batch_id AS batchId, b.file_name AS file FROM transactions t JOIN import_batches b ON b.id = t.batch_id
        WHERE t.source = ? AND t.external_id = ?`
    )
    this.byFingerprint = db.prepare(
      `SELECT t.line, t.batch_id AS batchId, b.file_name AS file FROM transactions t JOIN import_batches b ON b.id = t.batch_id
        WHERE t.fingerprint = ?`
    )
  }

  find(r: Resolved, line: number): DuplicateOf | undefined {
    if (r.externalId !== null) {
      const earlier = this.seenExternal.get(r.externalId)
      if (earlier !== undefined) return { line: earlier }
      this.seenExternal.set(r.externalId, line)
      return this.byExternal.get(this.format, r.externalId) as DuplicateOf | undefined
    }
    // A row without an id repeats the same-numbered occurrence of its fingerprint, as the import counts them.
    const fpBase = fingerprintBase(r)
    const n = this.occurrences.get(fpBase) ?? 0
    this.occurrences.set(fpBase, n + 1)
    return this.byFingerprint.get(`${fpBase}#${n}`) as DuplicateOf | undefined
  }
}

function shownRow(r: Resolved, methodDefaulted: boolean): PreviewRow['row'] {
  const local = new Date(r.occurredAt + utcOffsetMs(r.occurredAt, r.merchant.country)).toISOString()
  return {
    occurredAt: r.occurredAt,
    localTime: `${local.slice(0, 10)} ${local.slice(11, 19)}`,
    day: r.day,
    kind: r.kind,
    status: r.status,
    method: r.method,
    methodDefaulted,
    scheme: r.scheme,
    cardCountry: r.cardCountry,
    origin: r.origin,
    amount: r.amount,
    currency: r.currency,
    fee: r.fee,
    merchant: r.merchant.name,
    merchantIsNew: r.merchant.isNew === true,
    store: r.store ?? null,
    terminal: r.terminal,
    externalId: r.externalId
  }
}

export function describeDuplicate(d: DuplicateOf): string {
  return d.file ? `duplicate of line ${d.line} of ${d.file} (import #${d.batchId})` : `duplicate of line ${d.line} of this file`
}

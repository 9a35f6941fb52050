import type { Db } from '../db/open'
import { CUBES, beginBatch } from '../rollup'
import { closeBatchRange, lastTransactionId } from '../db/batch-rows'
import { deferIndexes } from '../db/deferred-indexes'
import { analyse, estimatedRecords, type Analysis, type Overrides } from './analyse'
import type { MerchantRef } from './merchants'
import type { Resolved } from './row'
import { RowWriter } from './row-writer'
import { streamRows, type ReadOptions, type StreamEnd } from './row-stream'
import { applyProfile } from './profiles'
import type { SegmentCounts } from './segments'
import { UNMAPPED } from './formats/csv'
import { UserError } from '../errors'
import { confirmColumns, type ColumnRole } from './columns'

export interface ImportOptions extends Overrides, ReadOptions {
  /** Lines flagged as duplicates that the user wants stored anyway. */
  includeDuplicates?: number[]
  dryRun?: boolean
  /** A saved mapping profile by name; without it, a profile saved for the same header applies. */
  profile?: string
  /** phase 'rows' while reading; 'totals' once every row is in and the rollups are being updated. */
  onProgress?(p: { batchId: number; rows: number; bytes: number; total: number; phase: 'rows' | 'totals' }): void
  isCancelled?(): boolean
}

export interface ImportResult {
  batchId: number | null
  file: string
  format: string
  encoding: string
  rows: number
  imported: number
  duplicates: number
  rejected: number
  skipped: number
  rejects: { line: number; reason: string }[]
  warnings: string[]
  /** Rows read as sales or refunds (imported or duplicates), by segment. */
  segments: SegmentCounts
  durationMs: number
  /** A delimited file's columns: the role each played (or none) and how that was decided. */
  columns: ColumnRole[]
}

class DryRunDone extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run')
  }
}

/**
 * Imports one file as ONE SQLite transaction: the batch, its rows, its rejects, new merchants
 * and the rollup all commit together or not at all (cancel, crash, kill). Rows are matched by
 * (source, external id) or by fingerprint with the occurrence index within the file.
 */
export function importFile(db: Db, path: string, given: ImportOptions = {}): ImportResult {
  return withBulkSettings(db, () => importWithSettings(db, path, given))
}

function importWithSettings(db: Db, path: string, given: ImportOptions): ImportResult {
  const options = applyProfile(db, path, given)
  const analysis = analyse(path, options)
  const started = Date.now()
  const { format, mapping } = analysis.choices
  if (format === 'csv' && (mapping.date === undefined || mapping.amount === undefined))
    throw new UserError('unmapped', `${UNMAPPED}: map them in the preview, or with a saved mapping profile`)
  const accepted = confirmColumns(analysis, options.acceptDefaults === true)
  const run = db.transaction(() => importRows(db, analysis, options, started, accepted))
  try {
    return run.immediate()
  } catch (err) {
    if (err instanceof DryRunDone) return err.result
    throw err
  }
}

/** Inside the file's transaction: the batch, its rows and rejects, its rollups, then its record. */
function importRows(db: Db, analysis: Analysis, options: ImportOptions, started: number, accepted: string[]): ImportResult {
  const { format, encoding } = analysis.choices
  const batchId = Number(
    db
      .prepare('INSERT INTO import_batches (file_name, format, encoding, started_at, status, size) VALUES (?, ?, ?, ?, ?, ?)')
      .run(analysis.fileName, format, encoding, started, 'running', analysis.size).lastInsertRowid
  )
  const before = lastTransactionId(db)
  const indexes = indexDeferral(db, 2 * estimatedRecords(analysis) >= before)
  const rollup = beginBatch(db)
  const writer: RowWriter = new RowWriter(db, format, batchId, new Set(options.includeDuplicates ?? []), rollup, () =>
    indexes.deferOnce(writer.imported)
  )
  const streamed = streamRows(
    db,
    analysis,
    { merchantId: options.merchantId, merchant: options.merchant },
    {
      row: (r, fingerprint, line, raw) => writer.row(r, fingerprint, line, raw),
      rejected: (line, raw, reason) => writer.reject(line, raw, reason),
      progress: (rows, bytes) => {
        if (options.isCancelled?.()) throw new UserError('cancelled', 'the import was cancelled; nothing was written')
        options.onProgress?.({ batchId, rows, bytes, total: analysis.size, phase: 'rows' })
      }
    }
  )
  writer.flush()
  if (writer.rejected > 0 && streamed.header !== null) writer.keepHeader(streamed.header)
  options.onProgress?.({ batchId, rows: streamed.rows, bytes: streamed.bytes, total: analysis.size, phase: 'totals' })
  closeBatchRange(db, batchId, before)
  rollup.finish()
  indexes.build()
  const result = recordBatch(db, batchId, analysis, streamed, writer, [...accepted, ...streamed.warnings], started)
  if (options.dryRun) throw new DryRunDone({ ...result, batchId: null })
  return result
}

/**
 * A file at least half the store's size builds the store's indexes afresh instead of growing them row by row,
 * from its first stored row on (a re-import stores none and rebuilds nothing); docs/benchmarks.md has the figures.
 */
function indexDeferral(db: Db, rebuilds: boolean) {
  let build: (() => void) | undefined
  return {
    deferOnce(imported: number) {
      if (rebuilds && !build && imported > 0) build = deferIndexes(db, ['transaction_rows', ...CUBES.map((c) => c.table)])
    },
    build: () => build?.()
  }
}

/** Marks the batch done with its counts and returns what the import did. */
function recordBatch(
  db: Db,
  batchId: number,
  analysis: Analysis,
  streamed: StreamEnd,
  counts: { imported: number; duplicates: number; rejected: number },
  warnings: string[],
  started: number
): ImportResult {
  const { rows, skipped, sha256, segments } = streamed
  const { imported, duplicates, rejected } = counts
  const finished = Date.now()
  db.prepare(
    `UPDATE import_batches SET sha256 = ?, rows = ?, imported = ?, duplicates = ?, rejected = ?, skipped = ?, warnings = ?,
            finished_at = ?, status = 'done' WHERE id = ?`
  ).run(
    sha256,
    rows,
    imported,
    duplicates,
    rejected,
    skipped,
    warnings.length ? JSON.stringify(warnings) : null,
    finished,
    batchId
  )
  const rejects = db
    .prepare('SELECT line, reason FROM import_rejects WHERE batch_id = ? AND line > 0 ORDER BY line')
    .all(batchId) as ImportResult['rejects']
  return {
    batchId,
    file: analysis.fileName,
    format: analysis.choices.format,
    encoding: analysis.choices.encoding,
    rows,
    imported,
    duplicates,
    rejected,
    skipped,
    rejects,
    warnings,
    segments,
    durationMs: finished - started,
    columns: analysis.columns
  }
}

/**
 * Runs `work` with the connection set for a bulk write, then restores it. Set before the batch's statements
 * are prepared: SQLite compiles constraint checks into a statement.
 */
export function withBulkSettings<T>(db: Db, work: () => T): T {
  const saved = ['cache_size', 'temp.cache_size', 'foreign_keys', 'ignore_check_constraints'].map(
    (name) => [name, db.pragma(name, { simple: true }) as number] as const
  )
  // A 16 MB page cache keeps the hot index pages of a large batch in memory; more bought no speed but raised
  // peak RSS (docs/benchmarks.md).
  db.pragma('cache_size = -16384')
  // The temp tables (the batch's staged cells, the facts waiting for their day) are written and read in order, so
  // 4 MB of temp cache is as fast as SQLite's default 16 MB and keeps peak RSS lower (docs/benchmarks.md).
  db.pragma('temp.cache_size = -4096')
  // Every id the rows reference was just read or created in this transaction, and every enumerated column
  // (kind, status, method, origin) and the amount come from resolveRow's closed types, so the per-row
  // foreign-key lookups and CHECK constraints would only repeat them.
  db.pragma('foreign_keys = OFF')
  db.pragma('ignore_check_constraints = ON')
  try {
    return work()
  } finally {
    for (const [name, value] of saved) db.pragma(`${name} = ${value}`)
  }
}

export type { MerchantRef, Resolved }

import type { Db } from '../db/open'
import { applyStaged } from '../rollup/maintain'
import { FactStager, type Fact } from '../rollup/fact-stager'
import { FactRuns } from '../rollup/fact-runs'
import { SqlStageWriter } from '../rollup/stage-writer'
import { CUBES } from '../rollup/cubes'
import { startStaging } from '../rollup/staging'
import { closeBatchRange, lastTransactionId } from '../db/batch-rows'
import { deferIndexes } from '../db/deferred-indexes'
import { kindCode, methodCode, originCode, statusCode } from '../db/transaction-codes'
import { analyse, estimatedRecords, type Overrides } from './analyse'
import type { MerchantRef } from './merchants'
import { factOf, type Resolved } from './row'
import { streamRows, type ReadOptions, type RowSink } from './row-stream'
import { applyProfile } from './profiles'
import type { SegmentCounts } from './segments'
import { UNMAPPED } from './formats/csv'
import { FileError } from './source'
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

export class ImportCancelled extends Error {
  readonly code = 'cancelled'
  constructor() {
    super('the import was cancelled; nothing was written')
  }
}

class DryRunDone extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run')
  }
}

/** The 17 columns whose values each row binds, in the order prepareRowInserts takes them. */
export const ROW_COLUMNS = `merchant_id, store_id, terminal, occurred_at, day, kind_code, status_code, method_code, card_scheme,
  card_country, origin_code, amount, currency, fee, external_id, fingerprint, line`
/** Rows per multi-row INSERT: one statement per 64 rows instead of 64 costs a fifth of the insert time. */
export const ROWS_PER_INSERT = 64

/**
 * The statements that store one file's rows, one row or ROWS_PER_INSERT at a time, each row's values in
 * ROW_COLUMNS order; the source and batch are the same for every row of a file, written into the SQL.
 */
export function prepareRowInserts(db: Db, source: string, batchId: number) {
  if (!/^[a-z]+$/.test(source) || !Number.isSafeInteger(batchId)) throw new Error(`unexpected source "${source}"`)
  const row = `(${Array(17).fill('?').join(', ')}, '${source}', ${batchId})`
  const insert = (rows: number) =>
    db.prepare(
      `INSERT OR IGNORE INTO transaction_rows (${ROW_COLUMNS}, source, batch_id) VALUES ${Array(rows).fill(row).join(', ')}`
    )
  return { one: insert(1), many: insert(ROWS_PER_INSERT) }
}

interface Pending {
  r: Resolved
  fingerprint: string | null
  line: number
  raw: string
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
  const { format, encoding, mapping } = analysis.choices
  if (format === 'csv' && (mapping.date === undefined || mapping.amount === undefined))
    throw new FileError('unmapped', `${UNMAPPED}: map them in the preview, or with a saved mapping profile`)
  const accepted = confirmColumns(analysis, options.acceptDefaults === true)
  const include = new Set(options.includeDuplicates ?? [])

  const insertBatch = db.prepare(
    'INSERT INTO import_batches (file_name, format, encoding, started_at, status, size) VALUES (?, ?, ?, ?, ?, ?)'
  )
  // After a group that lost rows to the unique indexes: the lines that went in (ids are consecutive).
  const storedSince = db.prepare('SELECT line FROM transactions WHERE id > ?').pluck()
  const byExternal = db.prepare('SELECT id, batch_id AS batchId, status FROM transactions WHERE source = ? AND external_id = ?')
  const byFingerprint = db.prepare('SELECT id, batch_id AS batchId, status FROM transactions WHERE fingerprint = ?')
  const upgrade = db.prepare('UPDATE transaction_rows SET status_code = ?, fee = COALESCE(?, fee) WHERE id = ?')
  const factById = db.prepare(
    `SELECT t.day, m.country, t.merchant_id AS merchantId, t.store_id AS storeId, t.occurred_at AS occurredAt, t.kind, t.status,
            t.method, t.origin, t.amount, t.currency, t.fee
       FROM transactions t JOIN merchants m ON m.id = t.merchant_id WHERE t.id = ?`
  )
  const insertReject = db.prepare('INSERT OR REPLACE INTO import_rejects (batch_id, line, raw, reason) VALUES (?, ?, ?, ?)')

  const run = db.transaction((): ImportResult => {
    const batchId = Number(
      insertBatch.run(analysis.fileName, format, encoding, started, 'running', analysis.size).lastInsertRowid
    )
    const before = lastTransactionId(db)
    // A file at least half the store's size builds the store's indexes afresh instead of growing them row by row,
    // from its first stored row on (a re-import stores none and rebuilds nothing). Into a 1,000,000-row store,
    // growing vs rebuilding: 1,000,000 more rows 18.3 vs 13.1 s, 250,000 4.9 vs 5.4 s.
    const rebuildsIndexes = 2 * estimatedRecords(analysis) >= before
    const indexes: { build?: () => void } = {}
    const { one: insertTx, many: insertMany } = prepareRowInserts(db, format, batchId)
    let lastId = before
    // What the stored rows add to the rollups is gathered as they go in, not read back afterwards.
    startStaging(db)
    const facts = new FactRuns(new FactStager(new SqlStageWriter(db)))
    const addFact = (p: Pending) => facts.add(factOf(p.r))
    let [imported, duplicates, rejected] = [0, 0, 0]
    const values = (r: Resolved, ext: string | null, fp: string | null, line: number) =>
      [
        r.merchant.id,
        r.storeId,
        r.terminal,
        r.occurredAt,
        r.day,
        kindCode(r.kind),
        statusCode(r.status),
        methodCode(r.method),
        r.scheme,
        r.cardCountry,
        originCode(r.origin),
        r.amount,
        r.currency,
        r.fee,
        ext,
        fp,
        line
      ] as const
    const store = (r: Resolved, ext: string | null, fp: string | null, line: number): number =>
      insertTx.run(...values(r, ext, fp, line)).changes
    const reject = (line: number, raw: string, reason: string) => {
      rejected++
      insertReject.run(batchId, line, raw, reason)
    }
    /** A row the unique indexes turned away: a duplicate (stored anyway if the user asked, or advancing an earlier record), else a reject. */
    const settleIgnored = (p: Pending) => {
      const { r, fingerprint, line, raw } = p
      const existing = (r.externalId !== null ? byExternal.get(format, r.externalId) : byFingerprint.get(fingerprint)) as
        { id: number; batchId: number; status: string } | undefined
      if (!existing) return reject(line, raw, 'could not be stored')
      if (include.has(line) && store(r, null, null, line) === 1) {
        imported++
        return addFact(p)
      }
      duplicates++
      if (existing.batchId === batchId && advances(existing.status, r.status)) {
        const old = factById.get(existing.id) as Fact
        facts.add(old, -1)
        upgrade.run(statusCode(r.status), r.fee, existing.id)
        facts.add({ ...old, status: r.status, fee: r.fee ?? old.fee }, 1)
      }
    }
    // Rows wait here until ROWS_PER_INSERT of them can go in with one statement, in file order. A group
    // holding a line the user wants stored despite being a duplicate goes row by row, so rows keep the
    // ids (and order) a row-by-row import gives them.
    let pending: Pending[] = []
    let params: unknown[] = []
    const flush = () => {
      if (pending.length === ROWS_PER_INSERT && !pending.some((p) => include.has(p.line))) {
        const { changes, lastInsertRowid } = insertMany.run(...params)
        imported += changes
        if (changes < ROWS_PER_INSERT) {
          const stored = new Set(storedSince.all(lastId) as number[])
          for (const p of pending)
            if (stored.has(p.line)) addFact(p)
            else settleIgnored(p)
          lastId = lastTransactionId(db)
        } else {
          for (const p of pending) addFact(p)
          lastId = Number(lastInsertRowid)
        }
      } else {
        for (const p of pending) {
          if (store(p.r, p.r.externalId, p.fingerprint, p.line) === 1) {
            imported++
            addFact(p)
          } else settleIgnored(p)
        }
        lastId = lastTransactionId(db)
      }
      pending = []
      if (rebuildsIndexes && !indexes.build && imported > 0)
        indexes.build = deferIndexes(db, ['transaction_rows', ...CUBES.map((c) => c.table)])
      params = []
    }
    const sink: RowSink = {
      row: (r, fingerprint, line, raw) => {
        pending.push({ r, fingerprint, line, raw })
        params.push(...values(r, r.externalId, fingerprint, line))
        if (pending.length === ROWS_PER_INSERT) flush()
      },
      rejected: reject,
      progress: (rows, bytes) => {
        if (options.isCancelled?.()) throw new ImportCancelled()
        options.onProgress?.({ batchId, rows, bytes, total: analysis.size, phase: 'rows' })
      }
    }
    const read: ReadOptions = { merchantId: options.merchantId, merchant: options.merchant }
    const streamed = streamRows(db, analysis, read, sink)
    const { rows, skipped, bytes, sha256, header, segments } = streamed
    const warnings = [...accepted, ...streamed.warnings]
    flush()
    facts.finish()
    // The header is kept as line 0 so rejected lines can be exported as a file that imports again.
    if (rejected > 0 && header !== null) insertReject.run(batchId, 0, header, 'header')
    options.onProgress?.({ batchId, rows, bytes, total: analysis.size, phase: 'totals' })
    closeBatchRange(db, batchId, before)
    applyStaged(db, 1)
    indexes.build?.()
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
    const result: ImportResult = {
      batchId: options.dryRun ? null : batchId,
      file: analysis.fileName,
      format,
      encoding,
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
    if (options.dryRun) throw new DryRunDone(result)
    return result
  })
  try {
    return run.immediate()
  } catch (err) {
    if (err instanceof DryRunDone) return err.result
    throw err
  }
}

/**
 * Runs `work` with the connection set for a bulk write, then restores it. Set before the batch's statements
 * are prepared: SQLite compiles constraint checks into a statement.
 */
export function withBulkSettings<T>(db: Db, work: () => T): T {
  const saved = ['cache_size', 'foreign_keys', 'ignore_check_constraints'].map(
    (name) => [name, db.pragma(name, { simple: true }) as number] as const
  )
  // A 16 MB page cache keeps the hot index pages of a large batch in memory; more bought no speed (1M rows:
  // 16.3 s with 16 MB, 16.2 s with 48 MB) but raised peak RSS by 34 MB.
  db.pragma('cache_size = -16384')
  // Every id the rows reference was just read or created in this transaction, and every enumerated column
  // (kind, status, method, origin) and the amount come from resolveRow's closed types, so the per-row
  // foreign-key lookups and CHECK constraints (a third of the insert's time) would only repeat them.
  db.pragma('foreign_keys = OFF')
  db.pragma('ignore_check_constraints = ON')
  try {
    return work()
  } finally {
    for (const [name, value] of saved) db.pragma(`${name} = ${value}`)
  }
}

const RANK: Record<string, number> = { pending: 0, captured: 1, settled: 2 }

/** A later record of the same payment in the same file moves it forward (Authorised → Settled) or fails it. */
function advances(from: string, to: string): boolean {
  if (from === 'failed' || from === to) return false
  if (to === 'failed') return from === 'pending'
  return (RANK[to] ?? -1) > (RANK[from] ?? -1)
}

export type { MerchantRef, Resolved }

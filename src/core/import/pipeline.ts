import { createHash } from 'node:crypto'
import type { Db } from '../db/open'
import { applyStaged } from '../analytics/maintain'
import { FactStager, type Fact } from '../analytics/fact-stager'
import { CUBES } from '../analytics/cubes'
import { startStaging } from '../analytics/staging'
import { closeBatchRange, lastTransactionId } from '../db/batch-rows'
import { deferIndexes } from '../db/deferred-indexes'
import { EXTERNAL_ID_SQL, externalIdParams } from '../db/external-ids'
import { kindCode, methodCode, originCode, statusCode } from '../db/transaction-codes'
import { analyse, estimatedRecords, isSepHint, type Analysis, type Overrides } from './analyse'
import { READERS } from './formats'
import type { RowReader } from './formats/types'
import { MerchantResolver, StoreResolver, type MerchantRef } from './merchants'
import { fingerprintBase, hash53, resolveRow, type Attribution, type Resolved } from './row'
import { applyProfile } from './profiles'
import { textChunks } from './source'
import { readRecords, type CsvRecord } from './text/records'

export interface ImportOptions extends Overrides {
  /** Merchant for rows that name none: an existing id, or a name (created if new). */
  merchantId?: number
  merchant?: string
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
  durationMs: number
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

export function attributionFor(merchants: MerchantResolver, options: ImportOptions): Attribution {
  if (options.merchantId !== undefined) {
    const m = merchants.byId(options.merchantId)
    if (!m) throw Object.assign(new Error(`merchant ${options.merchantId} does not exist`), { code: 'not_found' })
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
  for (const rec of readRecords(chunks, analysis.choices.delimiter)) {
    if (!reader || !header) {
      if (rec.fields.every((f) => f.trim() === '') || (rec.line === 1 && isSepHint(rec.raw))) continue
      reader = format.open(rec.fields, { choices: analysis.choices, fileName: analysis.fileName })
      header = rec
      if (!format.firstLineIsData) continue
    }
    yield { rec, reader, header }
  }
}

const isBlank = (rec: CsvRecord) => rec.fields.length === 1 && rec.fields[0].trim() === ''

const TX_COLUMNS = `merchant_id, store_id, terminal, occurred_at, day, kind_code, status_code, method_code, card_scheme,
  card_country, origin_code, amount, currency, fee, external_id, fingerprint, line, source, batch_id`
/** One row's values: the source and batch are the same for every row of a file, written into the statement. */
function rowValues(source: string, batchId: number): string {
  if (!/^[a-z]+$/.test(source) || !Number.isSafeInteger(batchId)) throw new Error(`unexpected source "${source}"`)
  return `(${Array(17).fill('?').join(', ')}, '${source}', ${batchId})`
}
/** Rows per multi-row INSERT: one statement per 64 rows instead of 64 costs a fifth of the insert time. */
const ROWS_PER_INSERT = 64

interface Pending {
  r: Resolved
  fingerprint: string | null
  rec: CsvRecord
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
  const { format, encoding } = analysis.choices
  const include = new Set(options.includeDuplicates ?? [])
  const sha = createHash('sha256')

  const insertBatch = db.prepare(
    'INSERT INTO import_batches (file_name, format, encoding, started_at, status, size) VALUES (?, ?, ?, ?, ?, ?)'
  )
  // After a group that lost rows to the unique indexes: the lines that went in (ids are consecutive).
  const storedSince = db.prepare('SELECT line FROM transactions WHERE id > ?').pluck()
  const byExternal = db.prepare(`SELECT id, batch_id AS batchId, status FROM transactions WHERE ${EXTERNAL_ID_SQL}`)
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
    const placeholders = rowValues(format, batchId)
    const insertTx = db.prepare(`INSERT OR IGNORE INTO transaction_rows (${TX_COLUMNS}) VALUES ${placeholders}`)
    const insertMany = db.prepare(
      `INSERT OR IGNORE INTO transaction_rows (${TX_COLUMNS}) VALUES ${Array(ROWS_PER_INSERT).fill(placeholders).join(', ')}`
    )
    let lastId = before
    const merchants = new MerchantResolver(db, true)
    const stores = new StoreResolver(db, true)
    const attribution = attributionFor(merchants, options)
    // What the stored rows add to the rollups is gathered as they go in, not read back afterwards.
    startStaging(db)
    const facts = new FactStager(db)
    // Occurrence counter for rows without an external id, kept in a temp table (on disk, not in the
    // JS heap) so memory stays flat however many such rows a file has.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS kassa_import_seen (h INTEGER PRIMARY KEY, n INTEGER NOT NULL)')
    db.exec('DELETE FROM temp.kassa_import_seen')
    const nextOccurrence = db
      .prepare('INSERT INTO temp.kassa_import_seen (h, n) VALUES (?, 0) ON CONFLICT (h) DO UPDATE SET n = n + 1 RETURNING n')
      .pluck()
    let bytes = 0
    let [rows, imported, duplicates, rejected, skipped] = [0, 0, 0, 0, 0]
    let lastReader: RowReader | undefined
    let headerRecord: CsvRecord | undefined
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
    const reject = (rec: CsvRecord, reason: string) => {
      rejected++
      insertReject.run(batchId, rec.line, rec.raw, reason)
    }
    /** A row the unique indexes turned away: a duplicate (stored anyway if the user asked, or advancing an earlier record), else a reject. */
    const settleIgnored = ({ r, fingerprint, rec }: Pending) => {
      const existing = (
        r.externalId !== null ? byExternal.get(...externalIdParams(format, r.externalId)) : byFingerprint.get(fingerprint)
      ) as { id: number; batchId: number; status: string } | undefined
      if (!existing) return reject(rec, 'could not be stored')
      if (include.has(rec.line) && store(r, null, null, rec.line) === 1) {
        imported++
        facts.add(factOf(r))
        return
      }
      duplicates++
      if (existing.batchId === batchId && advances(existing.status, r.status)) {
        const old = factById.get(existing.id) as Fact
        facts.add(old, -1)
        upgrade.run(statusCode(r.status), r.fee, existing.id)
        facts.add({ ...old, status: r.status, fee: r.fee ?? old.fee })
      }
    }
    // Rows wait here until ROWS_PER_INSERT of them can go in with one statement, in file order. A group
    // holding a line the user wants stored despite being a duplicate goes row by row, so rows keep the
    // ids (and order) a row-by-row import gives them.
    let pending: Pending[] = []
    let params: unknown[] = []
    const flush = () => {
      if (pending.length === ROWS_PER_INSERT && !pending.some((p) => include.has(p.rec.line))) {
        const { changes, lastInsertRowid } = insertMany.run(...params)
        imported += changes
        if (changes < ROWS_PER_INSERT) {
          const stored = new Set(storedSince.all(lastId) as number[])
          for (const p of pending) if (stored.has(p.rec.line)) facts.add(factOf(p.r))
          for (const p of pending) if (!stored.has(p.rec.line)) settleIgnored(p)
          lastId = lastTransactionId(db)
        } else {
          for (const p of pending) facts.add(factOf(p.r))
          lastId = Number(lastInsertRowid)
        }
      } else {
        for (const p of pending) {
          if (store(p.r, p.r.externalId, p.fingerprint, p.rec.line) === 1) {
            imported++
            facts.add(factOf(p.r))
          } else settleIgnored(p)
        }
        lastId = lastTransactionId(db)
      }
      pending = []
      if (rebuildsIndexes && !indexes.build && imported > 0)
        indexes.build = deferIndexes(db, ['transaction_rows', ...CUBES.map((c) => c.table)])
      params = []
    }
    const chunks = textChunks(path, encoding, (position, chunk) => {
      bytes = position
      sha.update(chunk)
    })
    for (const { rec, reader, header } of dataRecords(analysis, chunks)) {
      lastReader = reader
      headerRecord = header
      if (isBlank(rec)) continue
      const out = reader.read(rec)
      if ('skip' in out) {
        skipped++
        continue
      }
      rows++
      if ((rows & 4095) === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled()
        options.onProgress?.({ batchId, rows, bytes, total: analysis.size, phase: 'rows' })
      }
      if ('reject' in out) {
        reject(rec, out.reject)
        continue
      }
      const r = resolveRow(out.row, format, merchants, stores, attribution)
      if (typeof r === 'string') {
        reject(rec, r)
        continue
      }
      let fingerprint: string | null = null
      if (r.externalId === null) {
        const base = fingerprintBase(r)
        const h = hash53(base)
        const n = nextOccurrence.get(h) as number
        fingerprint = `${base}#${n}`
      }
      pending.push({ r, fingerprint, rec })
      params.push(...values(r, r.externalId, fingerprint, rec.line))
      if (pending.length === ROWS_PER_INSERT) flush()
    }
    flush()
    // The header is kept as line 0 so rejected lines can be exported as a file that imports again.
    if (rejected > 0 && headerRecord && !READERS[format].firstLineIsData) insertReject.run(batchId, 0, headerRecord.raw, 'header')
    const warnings = lastReader?.finish?.() ?? []
    if (!lastReader) warnings.push('the file has a header but no rows')
    options.onProgress?.({ batchId, rows, bytes, total: analysis.size, phase: 'totals' })
    closeBatchRange(db, batchId, before)
    facts.finish()
    applyStaged(db, 1)
    indexes.build?.()
    const finished = Date.now()
    db.prepare(
      `UPDATE import_batches SET sha256 = ?, rows = ?, imported = ?, duplicates = ?, rejected = ?, skipped = ?, warnings = ?,
              finished_at = ?, status = 'done' WHERE id = ?`
    ).run(
      sha.digest('hex'),
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
      durationMs: finished - started
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
function withBulkSettings<T>(db: Db, work: () => T): T {
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

const factOf = (r: Resolved): Fact => ({
  day: r.day,
  country: r.merchant.country,
  merchantId: r.merchant.id,
  storeId: r.storeId,
  occurredAt: r.occurredAt,
  kind: r.kind,
  status: r.status,
  method: r.method,
  origin: r.origin,
  amount: r.amount,
  currency: r.currency,
  fee: r.fee
})

const RANK: Record<string, number> = { pending: 0, captured: 1, settled: 2 }

/** A later record of the same payment in the same file moves it forward (Authorised → Settled) or fails it. */
function advances(from: string, to: string): boolean {
  if (from === 'failed' || from === to) return false
  if (to === 'failed') return from === 'pending'
  return (RANK[to] ?? -1) > (RANK[from] ?? -1)
}

export type { MerchantRef, Resolved }

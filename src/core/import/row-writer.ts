import { lastTransactionId } from '../db/batch-rows'
import type { Db } from '../db/open'
import { kindCode, methodCode, originCode, statusCode } from '../db/transaction-codes'
import type { Fact, RollupBatch } from '../rollup'
import { factOf, type Resolved } from './row'

/** The 17 columns whose values each row binds, in the order prepareRowInserts takes them. */
export const ROW_COLUMNS = `merchant_id, store_id, terminal, occurred_at, day, kind_code, status_code, method_code, card_scheme,
  card_country, origin_code, amount, currency, fee, external_id, fingerprint, line`
/** Rows per multi-row INSERT: one statement per 64 rows instead of 64. */
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

const rowValues = (r: Resolved, ext: string | null, fp: string | null, line: number) =>
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

const RANK: Record<string, number> = { pending: 0, captured: 1, settled: 2 }

/** A later record of the same payment in the same file moves it forward (Authorised → Settled) or fails it. */
function advances(from: string, to: string): boolean {
  if (from === 'failed' || from === to) return false
  if (to === 'failed') return from === 'pending'
  return (RANK[to] ?? -1) > (RANK[from] ?? -1)
}

/**
 * Stores one file's rows in file order, ROWS_PER_INSERT at a time, and hands each stored row to the batch's
 * rollup. Rows are matched by (source, external id) or by fingerprint; a row the unique indexes turn away is a
 * duplicate (stored anyway if the user asked, or advancing an earlier record of the same file) or a reject.
 */
export class RowWriter {
  imported = 0
  duplicates = 0
  rejected = 0
  private readonly insert: ReturnType<typeof prepareRowInserts>
  private readonly storedSince
  private readonly byExternal
  private readonly byFingerprint
  private readonly upgrade
  private readonly factById
  private readonly insertReject
  private pending: Pending[] = []
  private params: unknown[] = []
  private lastId: number

  constructor(
    private readonly db: Db,
    private readonly format: string,
    private readonly batchId: number,
    /** Lines flagged as duplicates that the user wants stored anyway. */
    private readonly include: Set<number>,
    private readonly rollup: RollupBatch,
    /** Called after each group of rows goes in. */
    private readonly afterGroup: () => void
  ) {
    this.insert = prepareRowInserts(db, format, batchId)
    // After a group that lost rows to the unique indexes: the lines that went in (ids are consecutive).
    this.storedSince = db.prepare('SELECT line FROM transactions WHERE id > ?').pluck()
    this.byExternal = db.prepare('SELECT id, batch_id AS batchId, status FROM transactions WHERE source = ? AND external_id = ?')
    this.byFingerprint = db.prepare('SELECT id, batch_id AS batchId, status FROM transactions WHERE fingerprint = ?')
    this.upgrade = db.prepare('UPDATE transaction_rows SET status_code = ?, fee = COALESCE(?, fee) WHERE id = ?')
    this.factById = db.prepare(
      `SELECT t.day, m.country, t.merchant_id AS merchantId, t.store_id AS storeId, t.occurred_at AS occurredAt, t.kind, t.status,
              t.method, t.origin, t.amount, t.currency, t.fee
         FROM transactions t JOIN merchants m ON m.id = t.merchant_id WHERE t.id = ?`
    )
    this.insertReject = db.prepare('INSERT OR REPLACE INTO import_rejects (batch_id, line, raw, reason) VALUES (?, ?, ?, ?)')
    this.lastId = lastTransactionId(db)
  }

  /** One read row; rows wait until ROWS_PER_INSERT of them can go in with one statement. */
  row(r: Resolved, fingerprint: string | null, line: number, raw: string): void {
    this.pending.push({ r, fingerprint, line, raw })
    this.params.push(...rowValues(r, r.externalId, fingerprint, line))
    if (this.pending.length === ROWS_PER_INSERT) this.flush()
  }

  reject(line: number, raw: string, reason: string): void {
    this.rejected++
    this.insertReject.run(this.batchId, line, raw, reason)
  }

  /** Kept as line 0 so rejected lines can be exported as a file that imports again. */
  keepHeader(header: string): void {
    this.insertReject.run(this.batchId, 0, header, 'header')
  }

  /**
   * Stores the waiting rows. A group holding a line the user wants stored despite being a duplicate goes row by
   * row, so rows keep the ids (and order) a row-by-row import gives them.
   */
  flush(): void {
    const { pending } = this
    if (pending.length === ROWS_PER_INSERT && !pending.some((p) => this.include.has(p.line))) this.storeGroup()
    else {
      for (const p of pending)
        if (this.store(p, p.r.externalId, p.fingerprint)) {
          this.imported++
          this.addFact(p)
        } else this.settleIgnored(p)
      this.lastId = lastTransactionId(this.db)
    }
    this.pending = []
    this.params = []
    this.afterGroup()
  }

  private storeGroup(): void {
    const { changes, lastInsertRowid } = this.insert.many.run(...this.params)
    this.imported += changes
    if (changes === ROWS_PER_INSERT) {
      for (const p of this.pending) this.addFact(p)
      this.lastId = Number(lastInsertRowid)
      return
    }
    const stored = new Set(this.storedSince.all(this.lastId) as number[])
    for (const p of this.pending)
      if (stored.has(p.line)) this.addFact(p)
      else this.settleIgnored(p)
    this.lastId = lastTransactionId(this.db)
  }

  private store(p: Pending, ext: string | null, fp: string | null): boolean {
    return this.insert.one.run(...rowValues(p.r, ext, fp, p.line)).changes === 1
  }

  private addFact(p: Pending): void {
    this.rollup.add(factOf(p.r))
  }

  /** A row the unique indexes turned away. */
  private settleIgnored(p: Pending): void {
    const { r, fingerprint, line, raw } = p
    const existing = (
      r.externalId !== null ? this.byExternal.get(this.format, r.externalId) : this.byFingerprint.get(fingerprint)
    ) as { id: number; batchId: number; status: string } | undefined
    if (!existing) return this.reject(line, raw, 'could not be stored')
    if (this.include.has(line) && this.store(p, null, null)) {
      this.imported++
      return this.addFact(p)
    }
    this.duplicates++
    if (existing.batchId === this.batchId && advances(existing.status, r.status)) {
      const old = this.factById.get(existing.id) as Fact
      this.rollup.add(old, -1)
      this.upgrade.run(statusCode(r.status), r.fee, existing.id)
      this.rollup.add({ ...old, status: r.status, fee: r.fee ?? old.fee }, 1)
    }
  }
}

import type { Db } from '../db/open'
import type { Fact, FactStager } from './fact-stager'

/** Facts read back from the spill table at a time: bounds memory however large the batch. */
const PAGE = 8192
/** Facts per multi-row insert into the spill table: one statement per 64 facts instead of 64 statements. */
const ROWS_PER_INSERT = 64
const COLUMNS = ['day', 'merchant_id', 'store_id', 'occurred_at', 'amount', 'fee', 'labels', 'sign']

/** The texts of a fact besides its day, held once per distinct combination. */
type Labels = Pick<Fact, 'country' | 'kind' | 'status' | 'method' | 'origin' | 'currency'>

/**
 * Hands facts to a FactStager in day order, so that the stager's cost does not depend on the file's row order. The
 * stager sums in memory only the groups of the rows it has just met and writes them out every so many cells; rows
 * in random time order (a portfolio export sorted by merchant or id) met a new day × merchant at almost every row
 * and wrote each group out once per run of facts sorted in memory. A fact on or after the last day handed on goes
 * straight on (a file in time order costs nothing more); the others wait in a temp table, appended as they come,
 * and are handed on in day order when the batch finishes: each day × merchant group is then written out once, and
 * JS memory holds only a page of facts. The temp table lives in SQLite's temp file behind its own bounded page cache.
 */
export class FactRuns {
  private readonly labelIds = new Map<string, number>()
  private readonly labelOf: Labels[] = []
  /** The last day handed straight on. */
  private lastDay = ''
  private waiting = 0
  private params: unknown[] = []
  private readonly insertMany: { run(params: unknown[]): unknown }
  private readonly insertOne: { run(params: unknown[]): unknown }

  constructor(
    private readonly db: Db,
    private readonly stager: FactStager,
    private readonly page = PAGE
  ) {
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS kassa_fact_runs (${COLUMNS.join(', ')})`)
    db.exec('DELETE FROM temp.kassa_fact_runs')
    const values = `(${COLUMNS.map(() => '?').join(', ')})`
    const sql = (n: number) =>
      `INSERT INTO temp.kassa_fact_runs (${COLUMNS.join(', ')}) VALUES ${Array(n).fill(values).join(', ')}`
    this.insertMany = db.prepare(sql(ROWS_PER_INSERT))
    this.insertOne = db.prepare(sql(1))
  }

  private labels(f: Fact): number {
    const key = `${f.country}|${f.kind}|${f.status}|${f.method}|${f.origin}|${f.currency}`
    let id = this.labelIds.get(key)
    if (id === undefined) {
      this.labelIds.set(key, (id = this.labelOf.length))
      const { country, kind, status, method, origin, currency } = f
      this.labelOf.push({ country, kind, status, method, origin, currency })
    }
    return id
  }

  /** Adds (sign 1) or takes back (sign -1, a stored row changed) one row. */
  add(f: Fact, sign: 1 | -1 = 1): void {
    if (f.status === 'failed') return
    if (f.day >= this.lastDay) {
      this.lastDay = f.day
      return this.stager.add(f, sign)
    }
    this.waiting++
    this.params.push(f.day, f.merchantId, f.storeId, f.occurredAt, f.amount, f.fee, this.labels(f), sign)
    if (this.params.length === ROWS_PER_INSERT * COLUMNS.length) {
      this.insertMany.run(this.params)
      this.params.length = 0
    }
  }

  /** Hands on the facts that waited, in day order, then lets the stager write out everything. */
  finish(): void {
    const width = COLUMNS.length
    for (let at = 0; at < this.params.length; at += width) this.insertOne.run(this.params.slice(at, at + width))
    this.params.length = 0
    if (this.waiting > 0) this.handWaiting()
    this.stager.finish()
  }

  /**
   * The waiting facts copied in day order (SQLite's sorter, which spills to its temp file past the page cache's
   * size), then read back a page at a time by rowid: reading them through an index on day instead jumped about the
   * table for every fact, and keeping the table keyed by day made every insert a B-tree insert mid-table.
   */
  private handWaiting(): void {
    const db = this.db
    db.exec('DROP TABLE IF EXISTS temp.kassa_fact_days')
    db.exec(`CREATE TEMP TABLE kassa_fact_days AS SELECT ${COLUMNS.join(', ')} FROM temp.kassa_fact_runs ORDER BY day`)
    db.exec('DELETE FROM temp.kassa_fact_runs')
    // One fact object refilled for every row read back: the stager keeps none of it, only its strings.
    const fact: Fact = { ...this.labelOf[0], day: '', merchantId: 0, storeId: null, occurredAt: 0, amount: 0, fee: null }
    const next = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM temp.kassa_fact_days WHERE rowid > ? AND rowid <= ?`).raw()
    for (let after = 0; after < this.waiting; after += this.page) {
      const rows = next.all(after, after + this.page) as [
        string,
        number,
        number | null,
        number,
        number,
        number | null,
        number,
        1 | -1
      ][]
      for (const [day, merchantId, storeId, occurredAt, amount, fee, labels, sign] of rows) {
        const l = this.labelOf[labels]
        fact.day = day
        fact.merchantId = merchantId
        fact.storeId = storeId
        fact.occurredAt = occurredAt
        fact.amount = amount
        fact.fee = fee
        fact.country = l.country
        fact.kind = l.kind
        fact.status = l.status
        fact.method = l.method
        fact.origin = l.origin
        fact.currency = l.currency
        this.stager.add(fact, sign)
      }
    }
    db.exec('DROP TABLE temp.kassa_fact_days')
    this.waiting = 0
  }
}

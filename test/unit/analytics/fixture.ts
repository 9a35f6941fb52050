import type { Db } from '../../../src/core/db/open'
import { applyBatch } from '../../../src/core/rollup'
import { kindCode, methodCode, originCode, statusCode } from '../../../src/core/db/transaction-codes'
import { saveRates } from '../../../src/core/fx/rates'
import { localDay, type CountryCode } from '../../../src/core/time/zones'
import type { Random } from '../../../src/core/demo/random'

export interface Row {
  merchantId: number
  storeId?: number | null
  at: number // UTC epoch ms
  amount: number // minor units
  currency: string
  method: 'alipay' | 'card' | 'other'
  origin: 'alipay' | 'domestic' | 'cn' | 'foreign' | 'unknown' | 'other'
  kind?: 'payment' | 'refund'
  status?: 'captured' | 'settled' | 'pending' | 'failed'
}

export function addMerchant(db: Db, name: string, country: CountryCode, stores: string[] = [], liveSince: string | null = null) {
  const { id } = db
    .prepare('INSERT INTO merchants (name, country, live_since, created_at) VALUES (?, ?, ?, 0) RETURNING id')
    .get(name, country, liveSince) as { id: number }
  const storeIds = stores.map(
    (s) => (db.prepare('INSERT INTO stores (merchant_id, name) VALUES (?, ?) RETURNING id').get(id, s) as { id: number }).id
  )
  return { id, country, storeIds }
}

/** Inserts one batch the way an import does: rows and rollups in one transaction. Returns the batch id. */
export function addBatch(db: Db, rows: Row[]): number {
  const country = new Map(
    (db.prepare('SELECT id, country FROM merchants').all() as { id: number; country: CountryCode }[]).map((m) => [
      m.id,
      m.country
    ])
  )
  return db.transaction(() => {
    const { id: batchId } = db
      .prepare(
        "INSERT INTO import_batches (file_name, format, started_at, status) VALUES ('test', 'csv', 0, 'done') RETURNING id"
      )
      .get() as { id: number }
    const insert = db.prepare(
      `INSERT INTO transaction_rows (merchant_id, store_id, occurred_at, day, kind_code, status_code, method_code, origin_code, amount, currency, source, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?)`
    )
    for (const r of rows)
      insert.run(
        r.merchantId,
        r.storeId ?? null,
        r.at,
        localDay(r.at, country.get(r.merchantId)!),
        kindCode(r.kind ?? 'payment'),
        statusCode(r.status ?? 'captured'),
        methodCode(r.method),
        originCode(r.origin),
        r.amount,
        r.currency,
        batchId
      )
    applyBatch(db, batchId, 1)
    return batchId
  })()
}

/** Undoes a batch as the importer does: rollups first, then the rows. */
export function undoBatch(db: Db, batchId: number): void {
  db.transaction(() => {
    applyBatch(db, batchId, -1)
    db.prepare('DELETE FROM transaction_rows WHERE batch_id = ?').run(batchId)
    db.prepare("UPDATE import_batches SET status = 'undone' WHERE id = ?").run(batchId)
  })()
}

/** Replaces every rate with the given ones (NOK per unit). */
export function setRates(db: Db, rates: [currency: string, day: string, nokPerUnit: number][]): void {
  db.exec('DELETE FROM fx_rates')
  saveRates(
    db,
    rates.map(([currency, day, nokPerUnit]) => ({ currency, day, nokPerUnit, source: 'manual', approximate: false }))
  )
}

/** Noon UTC on a day: the same local day in every Nordic zone. */
export const noon = (day: string) => Date.parse(day + 'T12:00:00Z')

/**
 * A row for the Transactions pages' tie-heavy stores: a few shared amounts in the merchant's own currency, any
 * origin, a fifth refunds and a twentieth failed, so cursors land inside runs of equal keys.
 */
export function tiedRow(random: Random, m: ReturnType<typeof addMerchant>, at: number): Row {
  const who = random.pick(['alipay', 'domestic', 'cn', 'foreign'] as const)
  return {
    merchantId: m.id,
    storeId: m.storeIds.length ? random.pick(m.storeIds) : null,
    at,
    amount: random.pick([1000, 2500, 10000, 10800]),
    currency: LOCAL_CURRENCY[m.country],
    method: who === 'alipay' ? 'alipay' : 'card',
    origin: who,
    kind: random.next() < 0.2 ? 'refund' : 'payment',
    status: random.next() < 0.05 ? 'failed' : 'captured'
  }
}

const LOCAL_CURRENCY: Record<CountryCode, string> = { NO: 'NOK', DK: 'DKK', SE: 'SEK', FI: 'EUR' }

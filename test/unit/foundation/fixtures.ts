import type { Db } from '../../../src/core/db/open'
import { applyBatch } from '../../../src/core/rollup'
import { kindCode, methodCode, originCode, statusCode } from '../../../src/core/db/transaction-codes'
import { localDay, type CountryCode } from '../../../src/core/time/zones'

export interface Sale {
  merchant: string
  at: string // ISO instant
  amount: number // minor units
  currency: string
  method?: 'alipay' | 'card'
  cardCountry?: string | null
  kind?: 'payment' | 'refund'
  status?: 'captured' | 'settled' | 'failed'
}

/** Inserts merchants and one batch of sales the way an import does, rollups included. */
export function seedSales(db: Db, merchants: Record<string, CountryCode>, sales: Sale[]): number {
  const ids = new Map<string, { id: number; country: CountryCode }>()
  for (const [name, country] of Object.entries(merchants)) {
    const { id } = db
      .prepare('INSERT INTO merchants (name, country, created_at) VALUES (?, ?, 0) RETURNING id')
      .get(name, country) as {
      id: number
    }
    ids.set(name, { id, country })
  }
  return db.transaction(() => {
    const { id: batchId } = db
      .prepare(
        "INSERT INTO import_batches (file_name, format, started_at, status) VALUES ('test', 'csv', 0, 'done') RETURNING id"
      )
      .get() as { id: number }
    const insert = db.prepare(
      `INSERT INTO transaction_rows (merchant_id, occurred_at, day, kind_code, status_code, method_code, card_country, origin_code, amount, currency, source, external_id, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)`
    )
    sales.forEach((s, i) => {
      const m = ids.get(s.merchant)!
      const method = s.method ?? 'card'
      const origin =
        method === 'alipay'
          ? 'alipay'
          : !s.cardCountry
            ? 'unknown'
            : s.cardCountry === m.country
              ? 'domestic'
              : s.cardCountry === 'CN'
                ? 'cn'
                : 'foreign'
      const t = Date.parse(s.at)
      insert.run(
        m.id,
        t,
        localDay(t, m.country),
        kindCode(s.kind ?? 'payment'),
        statusCode(s.status ?? 'captured'),
        methodCode(method),
        s.cardCountry ?? null,
        originCode(origin),
        s.amount,
        s.currency,
        `t${i}`,
        batchId
      )
    })
    applyBatch(db, batchId, 1)
    return batchId
  })()
}

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContext } from '../../../src/core/context'
import { applyBatch } from '../../../src/core/rollup'
import { kindCode, methodCode, originCode, statusCode, type Origin, type Status } from '../../../src/core/db/transaction-codes'
import type { Ctx } from '../../../src/core/api'

type Tx = [
  merchant: number,
  day: string,
  kind: 'payment' | 'refund',
  method: 'alipay' | 'card',
  origin: string,
  amount: number,
  fee: number | null,
  status?: string
]

/**
 * A small store with hand-checkable figures:
 * Fjord Gaver (NO, NOK) in June 2018 — alipay 4000.00 (fee 12.00); domestic cards 338.00 (fee 1.00) + 300.00 with a
 * 100.00 refund; a Chinese card 5000.00; a foreign card 850.00; a card of unknown origin 200.00; a failed 9999.00
 * Alipay payment that must not count. In May: one Alipay payment 2000.00.
 * Amber House (DK, DKK) in June: alipay 3000.00 DKK and a domestic card 250.00 DKK.
 */
export function fixtureStore(): Ctx {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-reports-'))
  const ctx = createContext({ dbPath: join(dir, 'kassa.sqlite') })
  const db = ctx.db
  const t2018 = Date.UTC(2018, 0, 1)
  db.exec(`INSERT INTO reps (id, name, country) VALUES (1, 'Kari Nordmann', 'NO'), (2, 'Lars Jensen', 'DK'), (3, 'Nobody', 'SE')`)
  const m = db.prepare(
    'INSERT INTO merchants (id, name, country, org_number, stage, rep_id, live_since, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  m.run(1, 'Fjord Gaver', 'NO', '988077917', 'live', 1, '2018-04-10', t2018)
  m.run(2, 'Amber House', 'DK', '13585628', 'live', 2, '2018-06-05', t2018)
  m.run(3, 'Tundra Lead', 'SE', null, 'lead', 1, null, t2018)
  m.run(4, 'Sauna Setup', 'FI', null, 'setup', 2, null, Date.UTC(2018, 5, 20))
  m.run(5, 'Old Contract', 'NO', null, 'contract', 1, null, t2018)
  const batch = db
    .prepare("INSERT INTO import_batches (file_name, format, started_at, status) VALUES ('fixture', 'demo', 0, 'done')")
    .run()
  const batchId = Number(batch.lastInsertRowid)
  const txs: Tx[] = [
    [1, '2018-05-15', 'payment', 'alipay', 'alipay', 200000, null],
    [1, '2018-06-01', 'payment', 'alipay', 'alipay', 400000, 1200],
    [1, '2018-06-01', 'payment', 'card', 'domestic', 33800, 100],
    [1, '2018-06-02', 'payment', 'card', 'domestic', 30000, null],
    [1, '2018-06-02', 'payment', 'card', 'cn', 500000, null],
    [1, '2018-06-03', 'payment', 'card', 'foreign', 85000, null],
    [1, '2018-06-03', 'refund', 'card', 'domestic', 10000, null],
    [1, '2018-06-03', 'payment', 'alipay', 'alipay', 999900, null, 'failed'],
    [1, '2018-06-04', 'payment', 'card', 'unknown', 20000, null],
    [2, '2018-06-10', 'payment', 'alipay', 'alipay', 300000, null],
    [2, '2018-06-10', 'payment', 'card', 'domestic', 25000, null]
  ]
  const insert = db.prepare(
    `INSERT INTO transaction_rows (merchant_id, occurred_at, day, kind_code, status_code, method_code, origin_code, amount, currency, fee, source, external_id, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', ?, ?)`
  )
  db.transaction(() => {
    txs.forEach(([merchant, day, kind, method, origin, amount, fee, status], i) => {
      const currency = merchant === 2 ? 'DKK' : 'NOK'
      insert.run(
        merchant,
        Date.parse(day + 'T10:00:00Z'),
        day,
        kindCode(kind),
        statusCode((status ?? 'settled') as Status),
        methodCode(method),
        originCode(origin as Origin),
        amount,
        currency,
        fee,
        `t${i}`,
        batchId
      )
    })
    applyBatch(db, batchId, 1)
  })()
  return ctx
}

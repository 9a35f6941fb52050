import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { openDb } from '../../../src/core/db/open'
import {
  KINDS,
  METHODS,
  ORIGINS,
  STATUSES,
  kindCode,
  methodCode,
  originCode,
  statusCode
} from '../../../src/core/db/transaction-codes'
import { tempPath } from '../tmp'

const combos = KINDS.flatMap((kind) =>
  STATUSES.flatMap((status) => METHODS.flatMap((method) => ORIGINS.map((origin) => ({ kind, status, method, origin }))))
)

function seed(db: Database.Database): void {
  db.prepare("INSERT INTO merchants (id, name, country, created_at) VALUES (1, 'Fjord', 'NO', 0)").run()
  db.prepare("INSERT INTO import_batches (id, file_name, format, started_at) VALUES (1, 'f.csv', 'csv', 0)").run()
}

describe('transaction codes', () => {
  it('read back through the transactions view as the names they were written for', () => {
    const db = openDb(tempPath())
    seed(db)
    const insert = db.prepare(
      `INSERT INTO transaction_rows (merchant_id, occurred_at, day, kind_code, status_code, method_code, origin_code, amount,
                                     currency, source, external_id, batch_id)
       VALUES (1, 0, '2018-04-01', ?, ?, ?, ?, 100, 'NOK', 'csv', ?, 1)`
    )
    combos.forEach((c, i) =>
      insert.run(kindCode(c.kind), statusCode(c.status), methodCode(c.method), originCode(c.origin), `x${i}`)
    )
    expect(db.prepare('SELECT kind, status, method, origin FROM transactions ORDER BY id').all()).toEqual(combos)
    expect(() => kindCode('chargeback' as never)).toThrow('unknown transaction kind "chargeback"')
    db.close()
  })

  it('replace the names of a store migrated from version 8 without changing a row or losing an index', () => {
    const file = tempPath()
    const db = new Database(file)
    migrate(
      db,
      file,
      migrations.filter((m) => m.version <= 8)
    )
    seed(db)
    const insert = db.prepare(
      `INSERT INTO transactions (merchant_id, store_id, terminal, occurred_at, day, kind, status, method, card_scheme, card_country,
                                 origin, amount, currency, fee, source, external_id, batch_id, raw, fingerprint, line)
       VALUES (1, NULL, 'T-1', ?, '2018-04-02', ?, ?, ?, 'Visa', 'SE', ?, ?, 'NOK', 12, 'csv', ?, 1, NULL, ?, ?)`
    )
    combos.forEach((c, i) =>
      insert.run(
        1_522_600_000_000 + i,
        c.kind,
        c.status,
        c.method,
        c.origin,
        100 + i,
        i % 2 ? `x${i}` : null,
        i % 2 ? null : `f${i}`,
        i + 2
      )
    )
    const before = db.prepare('SELECT * FROM transactions ORDER BY id').all()
    migrate(db, file)
    expect(db.prepare('SELECT * FROM transactions ORDER BY id').all()).toEqual(before)
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transaction_rows' AND sql IS NOT NULL ORDER BY name"
      )
      .pluck()
      .all()
    expect(indexes).toEqual([
      'transactions_amount',
      'transactions_fingerprint',
      'transactions_merchant_time',
      'transactions_source_ext',
      'transactions_time'
    ])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})

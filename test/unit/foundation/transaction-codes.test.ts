import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
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
})

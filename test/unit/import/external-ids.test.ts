import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { applyBatchToRollup } from '../../../src/core/analytics/rollup'
import { createContext } from '../../../src/core/context'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { importFile } from '../../../src/core/import/pipeline'
import { tempPath } from '../tmp'

describe('source ids', () => {
  it('of a store written before version 12 are shown, found and matched on re-import as before', async () => {
    const file = tempPath()
    const old = new Database(file)
    migrate(
      old,
      file,
      migrations.filter((m) => m.version <= 11)
    )
    old.exec(`INSERT INTO merchants (id, name, country, created_at) VALUES (1, 'Kiosk', 'NO', 0);
              INSERT INTO import_batches (id, file_name, format, started_at) VALUES (1, 'old.csv', 'csv', 0)`)
    const insert = old.prepare(
      `INSERT INTO transaction_rows (merchant_id, occurred_at, day, kind_code, status_code, method_code, origin_code, amount,
                                     currency, source, external_id, batch_id)
       VALUES (1, 1524225600000, '2018-04-20', 0, 0, 1, 1, ?, 'NOK', ?, ?, 1)`
    )
    // Version 11 kept generic CSV ids as "<merchant id>:<id>"; an id may hold colons of its own.
    insert.run(1000, 'csv', '1:A:1')
    insert.run(2000, 'csv', '1:B7')
    insert.run(3000, 'alipay', '2088:77')
    old.close()

    const ctx = createContext({ dbPath: file })
    applyBatchToRollup(ctx.db, 1, 1) // what the screens read their date range from
    expect(ctx.db.prepare('SELECT source, external_id AS ext FROM transactions ORDER BY id').all()).toEqual([
      { source: 'csv', ext: 'A:1:1' },
      { source: 'csv', ext: 'B7:1' },
      { source: 'alipay', ext: '2088:77' }
    ])
    const found = async (search: string) => {
      const r = await invoke(ctx, 'analytics.transactions', { search, limit: 10, preset: 'all' })
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as { rows: { externalId: string }[] }).rows.map((x) => x.externalId)
    }
    expect(await found('A:1')).toEqual(['A:1'])
    expect(await found('B7')).toEqual(['B7'])
    expect(await found('2088:77')).toEqual(['2088:77'])
    expect(await found('A')).toEqual([])

    const again = tempPath()
    writeFileSync(
      again,
      'Transaction ID;Date;Time;Merchant;Amount;Currency;Method\n' +
        'A:1;20.04.2018;14:00:00;Kiosk;10,00;NOK;Visa\nB7;20.04.2018;14:00:00;Kiosk;20,00;NOK;Visa\nC9;20.04.2018;14:00:00;Kiosk;5,00;NOK;Visa\n'
    )
    expect(importFile(ctx.db, again)).toMatchObject({ imported: 1, duplicates: 2 })
    expect(await found('C9')).toEqual(['C9'])
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok')
    ctx.db.close()
  })
})

// Migration 19 packs the month × country and month × merchant ticket cubes: an old store's cubes packed by the
// migration hold what an import writes now, and a histogram of whole months reads the counts of the payments themselves.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { COMBOS } from '../../../src/core/rollup/cubes'
import { bucketSql } from '../../../src/core/rollup/sql'
import { queryCube } from '../../../src/core/analytics/query'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { nodeBinding } from '../../../src/core/db/open'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, noon, type Row } from './fixture'

const COUNTS = COMBOS.map((c) => c.column)
const combo = (column: string) => COMBOS.find((c) => c.column === column)!.sql

/** Payments per month × country (× merchant) × currency × bucket, a count per COMBOS column, from the stored rows. */
const monthCubeSql = (merchant = '') => `
  SELECT substr(tx.day, 1, 7) AS t, m.country,${merchant ? ' tx.merchant_id,' : ''} tx.currency, ${bucketSql('tx.amount')} AS bucket, COUNT(*) AS count,
         ${COUNTS.map((c) => `SUM(CASE WHEN ${combo(c).replace(/\b(method|origin)\b/g, 'tx.$1')} THEN 1 ELSE 0 END) AS ${c}`).join(', ')}
    FROM transactions tx JOIN merchants m ON m.id = tx.merchant_id
   WHERE tx.kind = 'payment' AND tx.status <> 'failed'
   GROUP BY 1, 2, 3, 4${merchant ? ', 5' : ''}`

/** Three months of varied payments in two countries and three currencies, some refunded or failed. */
function payments(merchants: { id: number }[]): Row[] {
  const rows: Row[] = []
  let seed = 11
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
  for (let i = 0; i < 600; i++) {
    const method = (['alipay', 'card', 'card', 'other'] as const)[next(4)]
    rows.push({
      merchantId: merchants[next(merchants.length)].id,
      at: noon(`2020-0${1 + next(3)}-${String(1 + next(28)).padStart(2, '0')}`),
      amount: 1 + next(next(2) ? 3000 : 900_000),
      currency: ['NOK', 'SEK', 'CNY'][next(3)],
      method,
      origin:
        method === 'card'
          ? (['domestic', 'cn', 'foreign', 'unknown'] as const)[next(4)]
          : method === 'alipay'
            ? 'alipay'
            : 'other',
      kind: next(9) ? 'payment' : 'refund',
      status: next(13) ? 'settled' : 'failed'
    })
  }
  return rows
}

describe('packed month ticket cubes (migration 19)', () => {
  it('packs an old store the way an import writes it, and whole months read the counts of the payments', () => {
    const { db } = createContext({ dbPath: tempPath() })
    const merchants = [addMerchant(db, 'Oslo', 'NO'), addMerchant(db, 'Stockholm', 'SE'), addMerchant(db, 'Bergen', 'NO')]
    addBatch(db, payments(merchants))
    const packed = (store: { prepare: typeof db.prepare }) => [
      store.prepare('SELECT * FROM tickets_month_country_packed ORDER BY t, country, currency').all(),
      store.prepare('SELECT * FROM tickets_month_merchant_packed ORDER BY t, country, merchant_id, currency').all()
    ]
    const imported = packed(db)
    expect(imported[1].length).toBeGreaterThan(imported[0].length)

    const file = tempPath()
    const old = new Database(file, { nativeBinding: nodeBinding() })
    migrate(
      old,
      file,
      migrations.filter((m) => m.version < 19)
    )
    for (const [table, merchant] of [
      ['tickets_month_country', ''],
      ['tickets_month_merchant', 'merchant']
    ]) {
      const columns = (merchant ? 6 : 5) + COUNTS.length
      const insert = old.prepare(`INSERT INTO ${table} VALUES (${Array(columns).fill('?').join(', ')})`)
      for (const r of db.prepare(monthCubeSql(merchant)).raw().all() as unknown[][]) insert.run(...r)
    }
    migrate(old, file)
    const gone = "SELECT 1 FROM sqlite_master WHERE name IN ('tickets_month_country', 'tickets_month_merchant')"
    expect(old.prepare(gone).get()).toBeUndefined()
    expect(packed(old)).toEqual(imported)
    old.close()

    const histogram = (where: string) =>
      db
        .prepare(
          `SELECT currency, bucket, SUM(count) AS count, ${COUNTS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
             FROM (${monthCubeSql('merchant')}) WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`
        )
        .all()
    const read = (filter: Parameters<typeof queryCube>[1]['filter']) =>
      queryCube(db, { family: 'ticket', by: ['currency', 'bucket'], filter, perCombo: true }).map(({ amount, ...r }) => {
        expect(amount).toBe(0)
        return r
      })
    expect(read({ from: '2020-01-01', to: '2020-02-29' })).toEqual(histogram("t BETWEEN '2020-01' AND '2020-02'"))
    expect(read({ from: '2020-02-01', to: '2020-03-31', countries: ['SE'] })).toEqual(
      histogram("t BETWEEN '2020-02' AND '2020-03' AND country = 'SE'")
    )
    expect(read({ from: '2020-01-01', to: '2020-03-31', merchantIds: [merchants[0].id, merchants[1].id] })).toEqual(
      histogram(`merchant_id IN (${merchants[0].id}, ${merchants[1].id})`)
    )
    db.close()
  })
})

// Migration 21 packs the month × merchant hour cube: an old store's cube packed by the migration holds what an import
// writes now, and the hours of whole months read the counts of the payments themselves.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { COMBOS } from '../../../src/core/rollup/cubes'
import { registerAnalyticsFunctions, weekdaySql } from '../../../src/core/rollup/sql'
import { queryCube } from '../../../src/core/analytics/query'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { nodeBinding } from '../../../src/core/db/open'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, type Row } from './fixture'

const COUNTS = COMBOS.map((c) => c.column)
const combo = (column: string) => COMBOS.find((c) => c.column === column)!.sql

/** Payments per month × country × merchant × local weekday × hour, a count per COMBOS column, from the stored rows. */
const monthHoursSql = `
  SELECT substr(tx.day, 1, 7) AS t, m.country, tx.merchant_id, ${weekdaySql('tx.day')} AS weekday,
         kassa_local_hour(tx.occurred_at, m.country) AS hour, COUNT(*) AS count,
         ${COUNTS.map((c) => `SUM(CASE WHEN ${combo(c).replace(/\b(method|origin)\b/g, 'tx.$1')} THEN 1 ELSE 0 END) AS ${c}`).join(', ')}
    FROM transactions tx JOIN merchants m ON m.id = tx.merchant_id
   WHERE tx.kind = 'payment' AND tx.status <> 'failed'
   GROUP BY 1, 2, 3, 4, 5`

/** Three months of payments at every hour in two countries, some refunded or failed. */
function payments(merchants: { id: number }[]): Row[] {
  const rows: Row[] = []
  let seed = 7
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
  for (let i = 0; i < 900; i++) {
    const method = (['alipay', 'card', 'card', 'other'] as const)[next(4)]
    rows.push({
      merchantId: merchants[next(merchants.length)].id,
      at: Date.UTC(2020, next(3), 1 + next(28), next(24), next(60)),
      amount: 1 + next(90_000),
      currency: 'NOK',
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

describe('packed month × merchant hour cube (migration 21)', () => {
  it('packs an old store the way an import writes it, and whole months read the hours of the payments', () => {
    const { db } = createContext({ dbPath: tempPath() })
    registerAnalyticsFunctions(db)
    const merchants = [addMerchant(db, 'Oslo', 'NO'), addMerchant(db, 'Stockholm', 'SE'), addMerchant(db, 'Bergen', 'NO')]
    addBatch(db, payments(merchants))
    const packed = (store: { prepare: typeof db.prepare }) =>
      store.prepare('SELECT * FROM hours_month_merchant_packed ORDER BY t, country, merchant_id, weekday').all()
    const imported = packed(db)
    expect(imported.length).toBeGreaterThan(3 * 3)

    const file = tempPath()
    const old = new Database(file, { nativeBinding: nodeBinding() })
    migrate(
      old,
      file,
      migrations.filter((m) => m.version < 21)
    )
    const insert = old.prepare(
      `INSERT INTO hours_month_merchant VALUES (${Array(6 + COUNTS.length)
        .fill('?')
        .join(', ')})`
    )
    for (const r of db.prepare(monthHoursSql).raw().all() as unknown[][]) insert.run(...r)
    migrate(old, file)
    expect(old.prepare("SELECT 1 FROM sqlite_master WHERE name = 'hours_month_merchant'").get()).toBeUndefined()
    expect(packed(old)).toEqual(imported)
    old.close()

    const hours = (where: string) =>
      db
        .prepare(
          `SELECT weekday, hour, SUM(count) AS count, ${COUNTS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
             FROM (${monthHoursSql}) WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`
        )
        .all()
    const read = (filter: Parameters<typeof queryCube>[1]['filter']) =>
      queryCube(db, { family: 'hour', by: ['weekday', 'hour'], filter, perCombo: true }).map(({ amount, ...r }) => {
        expect(amount).toBe(0)
        return r
      })
    const two = [merchants[0].id, merchants[1].id]
    expect(read({ from: '2020-01-01', to: '2020-03-31', merchantIds: two })).toEqual(hours(`merchant_id IN (${two.join(', ')})`))
    expect(read({ from: '2020-02-01', to: '2020-03-31', merchantIds: [merchants[1].id] })).toEqual(
      hours(`t BETWEEN '2020-02' AND '2020-03' AND merchant_id = ${merchants[1].id}`)
    )
    db.close()
  })
})

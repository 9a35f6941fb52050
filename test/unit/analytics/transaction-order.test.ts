import { beforeAll, describe, expect, it } from 'vitest'
import { transactionsPage, type TransactionQuery } from '../../../src/core/analytics/transactions'
import { registerAnalyticsFunctions, weekdaySql } from '../../../src/core/analytics/sql'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { generateDemo } from '../../../src/core/demo/generate'
import { tempPath } from '../tmp'

/** Every page of a query, followed by its keyset cursor: the ids in the order the screen lists them. */
function allPages(db: Db, q: TransactionQuery): number[] {
  const ids: number[] = []
  let next: { key: number; id: number } | null = null
  for (;;) {
    const page = transactionsPage(db, { ...q, limit: 20, ...(next ? { after: next } : {}) })
    ids.push(...page.rows.map((r) => r.id))
    next = page.next
    if (!next) return ids
  }
}

describe('the transaction list sorted by amount', () => {
  let db: Db
  beforeAll(() => {
    db = createContext({ dbPath: tempPath() }).db
    generateDemo(db, { transactions: 6000, seed: 7 })
    registerAnalyticsFunctions(db)
  })

  /** The same rows by plain SQL: non-failed, in the period (and drill-down cell), by amount then id. */
  function expected(from: string, to: string, dir: 'ASC' | 'DESC', extra = '', params: unknown[] = []): number[] {
    return db
      .prepare(
        `SELECT t.id FROM transactions t JOIN merchants m ON m.id = t.merchant_id
          WHERE t.status <> 'failed' AND t.day BETWEEN ? AND ? ${extra}
          ORDER BY t.amount ${dir}, t.id ${dir}`
      )
      .pluck()
      .all(from, to, ...params) as number[]
  }

  it('lists every row of a long period once, largest first or smallest first', () => {
    const span = db.prepare('SELECT MIN(day) AS first, MAX(day) AS last FROM transactions').get() as {
      first: string
      last: string
    }
    const desc = allPages(db, { preset: 'all', sort: 'amount' })
    expect(desc).toEqual(expected(span.first, span.last, 'DESC'))
    expect(desc.length).toBeGreaterThan(5000)
    expect(allPages(db, { preset: 'all', sort: 'amount', direction: 'asc' })).toEqual(expected(span.first, span.last, 'ASC'))
  })

  it('lists a single day and a month the same way', () => {
    const day = db.prepare('SELECT day FROM transactions GROUP BY day ORDER BY COUNT(*) DESC LIMIT 1').pluck().get() as string
    const oneDay = allPages(db, { preset: 'custom', from: day, to: day, sort: 'amount' })
    expect(oneDay.length).toBeGreaterThan(0)
    expect(oneDay).toEqual(expected(day, day, 'DESC'))
    const month = day.slice(0, 7)
    const to = db.prepare("SELECT date(?, 'start of month', '+1 month', '-1 day')").pluck().get(day) as string
    expect(allPages(db, { preset: 'custom', from: `${month}-01`, to, sort: 'amount', direction: 'asc' })).toEqual(
      expected(`${month}-01`, to, 'ASC')
    )
  })

  it('keeps a heatmap drill-down and a method filter over all time', () => {
    const cell = allPages(db, { preset: 'all', sort: 'amount', weekday: 5, hour: 13 })
    expect(cell.length).toBeGreaterThan(0)
    expect(cell).toEqual(
      expected(
        '0000-01-01',
        '9999-12-31',
        'DESC',
        `AND ${weekdaySql('t.day')} = 5 AND kassa_local_hour(t.occurred_at, m.country) = 13`
      )
    )
    expect(allPages(db, { preset: 'all', sort: 'amount', methods: ['alipay'] })).toEqual(
      expected('0000-01-01', '9999-12-31', 'DESC', "AND t.method = 'alipay'")
    )
  })
})

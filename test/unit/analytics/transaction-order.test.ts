import { beforeAll, describe, expect, it } from 'vitest'
import { COMPARABLE_AMOUNT_SQL } from '../../../src/core/analytics/amount-key'
import { registerAnalyticsFunctions, weekdaySql } from '../../../src/core/rollup/sql'
import { transactionsPage, type TransactionQuery } from '../../../src/core/analytics/transactions'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { generateDemo } from '../../../src/core/demo/generate'
import { tempPath } from '../tmp'

const PAGE = 100

/** Up to `pages` pages of a query, each after the previous one's keyset cursor: ids in the order the screen lists them. */
function listed(db: Db, q: TransactionQuery, pages = Infinity): number[] {
  const ids: number[] = []
  let next: { key: number; id: number } | null = null
  for (let page = 0; page < pages; page++) {
    const p = transactionsPage(db, { ...q, limit: PAGE, ...(next ? { after: next } : {}) })
    ids.push(...p.rows.map((r) => r.id))
    next = p.next
    if (!next) break
  }
  return ids
}

// Pages of long periods and large filters read the sort's own index in order, short ones as SQLite plans them
// (src/core/analytics/transaction-order.ts); either way they must list exactly what plain SQL lists.
describe('the transaction list in time and amount order', () => {
  let db: Db
  beforeAll(() => {
    db = createContext({ dbPath: tempPath() }).db
    generateDemo(db, { transactions: 80_000, seed: 7 })
    registerAnalyticsFunctions(db)
  }, 120_000)

  /** The same rows by plain SQL: non-failed, in the days and matching `extra`, by the sort key then id (amounts compared across currencies). */
  function expected(
    sort: 'time' | 'amount',
    dir: 'ASC' | 'DESC',
    extra = '',
    params: unknown[] = [],
    days = ['0000-01-01', '9999-12-31']
  ) {
    return db
      .prepare(
        `SELECT t.id FROM transactions t JOIN merchants m ON m.id = t.merchant_id
          WHERE t.status <> 'failed' AND t.day BETWEEN ? AND ? ${extra}
          ORDER BY ${sort === 'time' ? 't.occurred_at' : COMPARABLE_AMOUNT_SQL} ${dir}, t.id ${dir}`
      )
      .pluck()
      .all(...days, ...params) as number[]
  }
  const head = (ids: number[], pages: number) => ids.slice(0, pages * PAGE)

  it('lists all time by amount, largest and smallest first', () => {
    expect(listed(db, { preset: 'all', sort: 'amount' }, 5)).toEqual(head(expected('amount', 'DESC'), 5))
    expect(listed(db, { preset: 'all', sort: 'amount', direction: 'asc' }, 5)).toEqual(head(expected('amount', 'ASC'), 5))
  })

  it('lists a single day and a month by amount, every row once', () => {
    const day = db.prepare('SELECT day FROM transactions GROUP BY day ORDER BY COUNT(*) DESC LIMIT 1').pluck().get() as string
    const oneDay = listed(db, { preset: 'custom', from: day, to: day, sort: 'amount' })
    expect(oneDay.length).toBeGreaterThan(PAGE)
    expect(oneDay).toEqual(expected('amount', 'DESC', '', [], [day, day]))
    const month = [
      day.slice(0, 7) + '-01',
      db.prepare("SELECT date(?, 'start of month', '+1 month', '-1 day')").pluck().get(day) as string
    ]
    const [from, to] = month
    expect(listed(db, { preset: 'custom', from, to, sort: 'amount', direction: 'asc' })).toEqual(
      expected('amount', 'ASC', '', [], month)
    )
  })

  it('lists a country by time and by amount, and two merchants’ Alipay sales by amount', () => {
    const norway = "AND m.country = 'NO'"
    expect(listed(db, { preset: 'all', countries: ['NO'] }, 5)).toEqual(head(expected('time', 'DESC', norway), 5))
    expect(listed(db, { preset: 'all', countries: ['NO'], direction: 'asc' }, 5)).toEqual(
      head(expected('time', 'ASC', norway), 5)
    )
    expect(listed(db, { preset: 'all', countries: ['NO'], sort: 'amount' }, 5)).toEqual(
      head(expected('amount', 'DESC', norway), 5)
    )
    const two = db.prepare("SELECT id FROM merchants WHERE country = 'NO' ORDER BY id LIMIT 2").pluck().all() as number[]
    const alipay = listed(db, { preset: 'all', merchantIds: two, methods: ['alipay'], sort: 'amount' })
    expect(alipay.length).toBeGreaterThan(0)
    expect(alipay).toEqual(expected('amount', 'DESC', "AND t.merchant_id IN (?, ?) AND t.method = 'alipay'", two))
  })

  it('lists a search by time and by amount: one merchant’s name, and a letter in most names', () => {
    const name = db.prepare("SELECT name FROM merchants WHERE country = 'SE' ORDER BY id LIMIT 1").pluck().get() as string
    for (const search of [name.slice(0, 6), 'e']) {
      const named = db.prepare('SELECT id FROM merchants WHERE name LIKE ?').pluck().all(`%${search}%`) as number[]
      expect(named.length).toBeGreaterThan(0)
      const byName = `AND t.merchant_id IN (${named.join(', ')})`
      expect(listed(db, { preset: 'all', search }, 5)).toEqual(head(expected('time', 'DESC', byName), 5))
      expect(listed(db, { preset: 'all', search, sort: 'amount', direction: 'asc' }, 5)).toEqual(
        head(expected('amount', 'ASC', byName), 5)
      )
    }
  })

  it('lists heatmap cells by time, full and nearly empty, every row once', () => {
    const cell = (weekday: number, hour?: number) =>
      `AND ${weekdaySql('t.day')} = ${weekday}` +
      (hour === undefined ? '' : ` AND kassa_local_hour(t.occurred_at, m.country) = ${hour}`)
    for (const [weekday, hour] of [
      [5, 13],
      [0, 6],
      [2, 23]
    ] as const) {
      const ids = listed(db, { preset: 'all', weekday, hour })
      expect(ids).toEqual(expected('time', 'DESC', cell(weekday, hour)))
      expect(listed(db, { preset: 'all', weekday, hour, sort: 'amount', countries: ['NO'] })).toEqual(
        expected('amount', 'DESC', `${cell(weekday, hour)} AND m.country = 'NO'`)
      )
    }
    // The last 12 months: from the day after the same date a year before the last day with data.
    const from = db.prepare("SELECT date(MAX(day), '-1 year', '+1 day') FROM transactions").pluck().get() as string
    expect(listed(db, { preset: 'last_12_months', weekday: 3, direction: 'asc' }, 5)).toEqual(
      head(expected('time', 'ASC', cell(3), [], [from, '9999-12-31']), 5)
    )
  })

  it('lists a heatmap cell and a method over all time by amount', () => {
    const cell = listed(db, { preset: 'all', sort: 'amount', weekday: 5, hour: 13 })
    expect(cell.length).toBeGreaterThan(0)
    expect(cell).toEqual(
      expected('amount', 'DESC', `AND ${weekdaySql('t.day')} = 5 AND kassa_local_hour(t.occurred_at, m.country) = 13`)
    )
    expect(listed(db, { preset: 'all', sort: 'amount', methods: ['alipay'] }, 5)).toEqual(
      head(expected('amount', 'DESC', "AND t.method = 'alipay'"), 5)
    )
  })
})

import { describe, expect, it } from 'vitest'
import { CUBES } from '../../../src/core/rollup/cubes'
import { rebuildAllCubes } from '../../../src/core/rollup'
import { FactRuns } from '../../../src/core/rollup/fact-runs'
import { FactStager, type Fact } from '../../../src/core/rollup/fact-stager'
import { SqlStageWriter } from '../../../src/core/rollup/stage-writer'
import { startStaging } from '../../../src/core/rollup/staging'
import type { Db } from '../../../src/core/db/open'
import { undoBatch } from '../../../src/core/import/batches'
import { importFile } from '../../../src/core/import/pipeline'
import { tempStore } from './helpers'

const HEADER = 'Transaction ID;Date;Time;Merchant;Store;Amount;Currency;Method;Card country;Status;Fee'
const METHODS = ['Visa', 'Alipay', 'UnionPay', 'Kort', 'Mastercard', 'Vipps']
const COUNTRIES = ['NO', 'CN', 'DE', '', 'SE', 'US']
const STATUSES = ['settled', 'pending', 'failed', 'captured']

/** A varied file: two merchants in two countries, stores, every method and card origin, refunds, fees, DST nights. */
function varied(seed: number, n: number, idPrefix: string): string {
  const lines = [HEADER]
  for (let i = 0; i < n; i++) {
    const k = (i * 7919 + seed * 104729) % 100003
    const dk = k % 3 === 0
    const day = ['25.03.2018', '28.10.2018', '01.06.2018', '31.12.2018', '01.01.2019'][k % 5]
    const time = ['02:30:00', '02:30:00', '23:59:59', '00:00:00', '12:15:00', '03:00:00'][k % 6]
    const amount = `${k % 11 === 0 ? '-' : ''}${(k * 37) % 90000},${String(k % 100).padStart(2, '0')}`
    lines.push(
      [
        `${idPrefix}${i}`,
        day,
        time,
        dk ? 'Kongens Kiosk' : 'Bryggen Ur',
        `Avd ${k % 4}`,
        amount,
        dk ? 'DKK' : 'NOK',
        METHODS[k % 6],
        COUNTRIES[(k >> 3) % 6],
        STATUSES[(k >> 5) % 4],
        k % 7 === 0 ? '1,25' : ''
      ].join(';')
    )
  }
  // Later records of earlier payments: one settles, one fails.
  lines.push(lines[3].replace(/;(settled|pending|failed|captured);/, ';settled;'))
  lines.push(lines[4].replace(/;(settled|pending|failed|captured);/, ';failed;'))
  return lines.join('\n') + '\n'
}

const dump = (db: Db) =>
  Object.fromEntries(
    [...CUBES.map((c) => c.table), 'daily_rollup'].map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5`).all()])
  )

const rollupFromRows = (db: Db) =>
  db
    .prepare(
      `SELECT day, merchant_id, COALESCE(store_id, 0) AS store_id, method, origin, currency, kind, COUNT(*) AS count,
              SUM(amount) AS amount, COALESCE(SUM(fee), 0) AS fee
         FROM transactions WHERE status <> 'failed' GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6`
    )
    .all()

function expectRollupsMatchRows(db: Db): void {
  expect(dump(db).daily_rollup).toEqual(rollupFromRows(db))
  const kept = dump(db)
  rebuildAllCubes(db)
  expect(dump(db)).toEqual(kept)
}

describe('rollups staged while importing', () => {
  it('equal a rebuild from the stored rows, after imports, duplicates, included duplicates, status changes and an undo', () => {
    const { db, write } = tempStore()
    const first = importFile(db, write('a.csv', varied(1, 400, 'A')))
    expect(first.imported).toBeGreaterThan(350)
    expect(db.prepare("SELECT COUNT(*) FROM transactions WHERE status = 'failed'").pluck().get()).toBeGreaterThan(0)
    expectRollupsMatchRows(db)
    // Overlaps the first file (same ids A0…A199), with two of its duplicates stored anyway.
    const second = importFile(db, write('b.csv', varied(1, 200, 'A') + varied(2, 100, 'B').split('\n').slice(1).join('\n')), {
      includeDuplicates: [5, 9]
    })
    expect(second.duplicates).toBeGreaterThan(150)
    expectRollupsMatchRows(db)
    undoBatch(db, first.batchId as number)
    expectRollupsMatchRows(db)
    undoBatch(db, second.batchId as number)
    expect(dump(db)).toEqual(Object.fromEntries(Object.keys(dump(db)).map((t) => [t, []])))
  })

  const facts: Fact[] = Array.from({ length: 300 }, (_, i) => ({
    day: `2018-0${1 + (i % 9)}-1${i % 10}`,
    country: i % 3 === 1 ? 'NO' : 'DK', // one country per merchant (merchantId below)
    merchantId: 1 + (i % 3),
    storeId: i % 4 ? i % 4 : null,
    occurredAt: Date.UTC(2018, i % 9, 10 + (i % 10), i % 24),
    kind: i % 13 ? 'payment' : 'refund',
    status: i % 17 ? 'settled' : 'failed',
    method: (['card', 'alipay', 'other'] as const)[i % 3],
    origin: (['domestic', 'alipay', 'other', 'cn', 'foreign', 'unknown'] as const)[i % 6],
    amount: (i * 7919) % 100000,
    currency: i % 2 ? 'NOK' : 'DKK',
    fee: i % 5 ? null : 125
  }))
  // Day × merchant and month hour and ticket cells go straight into their cubes; the rest is staged for applyStaged.
  const written = [
    'hours_day_merchant_packed',
    'tickets_day_merchant_packed',
    'hours_month_merchant_packed',
    'hours_month_country',
    'tickets_month_merchant_packed',
    'tickets_month_country_packed',
    'temp.kassa_batch_cells',
    'temp.kassa_delta_hour_day_country',
    'temp.kassa_delta_ticket_day_country'
  ]
  /** The staged tables after `facts`, then facts[7] taken back, went through a stager, or through FactRuns holding `runSize` waiting facts in memory at a time. */
  const staged = (maxCells: number, order = facts, runSize?: number) => {
    const { db } = tempStore()
    startStaging(db)
    const stager = new FactStager(new SqlStageWriter(db), maxCells)
    const to = runSize ? new FactRuns(db, stager, runSize) : stager
    for (const f of order) to.add(f)
    // Taken back after it was written out (with a small maxCells), emptying an hour cell it was the only payment in.
    to.add(facts[7], -1)
    to.finish()
    return written.map((t) =>
      db
        .prepare(`SELECT * FROM ${t}`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort()
    )
  }
  it('are the same whether the cells held in memory are written out once or after every few', () => {
    const once = staged(1_000_000)
    for (const rows of once) expect(rows.length).toBeGreaterThan(5)
    expect(staged(5)).toEqual(once)
  })

  it('are the same whatever order the rows come in, handed on by day', () => {
    const once = staged(1_000_000)
    // A portfolio export sorted by id: days and merchants interleaved.
    const shuffled = facts
      .map((f, i) => ({ f, k: (i * 7919) % 301 }))
      .sort((a, b) => a.k - b.k)
      .map(({ f }) => f)
    expect(shuffled.map((f) => f.day)).not.toEqual(facts.map((f) => f.day))
    expect(staged(1_000_000, shuffled, 1_000)).toEqual(once)
    expect(staged(5, shuffled, 7)).toEqual(once)
  })
})

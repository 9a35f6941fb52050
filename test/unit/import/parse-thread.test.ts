import { describe, expect, it } from 'vitest'
import { CUBES } from '../../../src/core/analytics/cubes'
import type { Db } from '../../../src/core/db/open'
import { importFile, ImportCancelled, type ImportOptions, type ImportResult } from '../../../src/core/import/pipeline'
import { snapshot, tempStore } from './helpers'

const HEADER = 'Transaction ID;Date;Time;Merchant;Store;Terminal;Amount;Currency;Method;Card country'
const METHODS = ['Visa', 'Mastercard', 'UnionPay', 'Alipay', 'Kort']
const COUNTRIES = ['NO', 'CN', 'DE', 'SE', '']

/**
 * A terminal export that exercises everything the importing thread does with read rows: merchants and stores
 * first seen deep in the file (so planned ids cross batches), rows without an id (fingerprints, two identical
 * sales), repeated ids, rejects, empty stores and terminals, refunds and long lines.
 */
function terminalCsv(from: number, to: number): string {
  const lines = [HEADER]
  for (let i = from; i < to; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0')
    const merchant = `Butikk ${i < 1500 ? i % 3 : i % 7}`
    const store = i % 5 === 0 ? '' : `Avd ${i % 4}`
    const terminal = i % 6 === 0 ? '' : `T-${i % 9}`
    const amount = i % 17 === 0 ? `-${i % 500},50` : `${(i * 37) % 9000},${String(i % 100).padStart(2, '0')}`
    const id = i % 11 === 0 ? '' : i % 13 === 0 ? `R-${i - 21}` : `R-${i}`
    const date = i % 97 === 0 ? '30.02.2019' : `${day}.05.2019`
    const note = i % 250 === 0 ? 'x'.repeat(3000) : METHODS[i % 5]
    lines.push(
      `${id};${date};${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00;${merchant};${store};${terminal};${amount};NOK;${note};${COUNTRIES[i % 5]}`
    )
    if (i % 11 === 0 && i % 2 === 0) lines.push(lines[lines.length - 1])
  }
  return lines.join('\n') + '\n'
}

const cubes = (db: Db) =>
  Object.fromEntries(CUBES.map((c) => [c.table, db.prepare(`SELECT * FROM ${c.table} ORDER BY 1, 2, 3, 4, 5`).all()]))
const stores = (db: Db) => db.prepare('SELECT * FROM stores ORDER BY id').all()
const withoutTime = ({ durationMs, ...rest }: ImportResult) => (expect(durationMs).toBeGreaterThanOrEqual(0), rest)

/** Payments that later records advance (pending → settled), fail, or repeat, 3,000 of them across merchants. */
function statusCsv(): string {
  const lines = ['Transaction ID;Date;Time;Merchant;Amount;Currency;Status']
  for (let i = 0; i < 3000; i++) {
    const status = i % 7 === 0 ? 'pending' : 'settled'
    lines.push(
      `S${i};2024-03-${String(1 + (i % 28)).padStart(2, '0')};12:${String(i % 60).padStart(2, '0')}:00;Kiosk ${i % 4};${i % 90},00;NOK;${status}`
    )
    if (i % 7 === 0 && i > 100) {
      const j = i - 98 // an earlier pending payment of the same kiosk: advanced, failed or repeated
      const later = (['settled', 'failed', 'pending'] as const)[i % 3]
      lines.push(
        `S${j};2024-03-${String(1 + (j % 28)).padStart(2, '0')};12:${String(j % 60).padStart(2, '0')}:00;Kiosk ${j % 4};${j % 90},00;NOK;${later}`
      )
    }
  }
  return lines.join('\n') + '\n'
}

/** Imports each file into two fresh stores, on one thread and on two, and expects the same results and stores. */
function importedBothWays(files: { name: string; text: string; options?: ImportOptions }[]): ImportResult[] {
  const here = tempStore()
  const there = tempStore()
  const results = files.map(({ name, text, options }) => {
    const a = importFile(here.db, here.write(name, text), { ...options, parallel: false })
    const b = importFile(there.db, there.write(name, text), { ...options, parallel: true })
    expect(withoutTime(b)).toEqual(withoutTime(a))
    return a
  })
  expect(snapshot(there.db)).toEqual(snapshot(here.db))
  expect(stores(there.db)).toEqual(stores(here.db))
  expect(cubes(there.db)).toEqual(cubes(here.db))
  return results
}

describe('reading rows on a second thread', () => {
  it('imports files exactly as reading them on the importing thread does', () => {
    const [may, overlap] = importedBothWays([
      { name: 'may.csv', text: terminalCsv(0, 5000) },
      { name: 'overlap.csv', text: terminalCsv(4000, 6000) }
    ])
    expect(may.rejected).toBeGreaterThan(0)
    expect(may.duplicates).toBeGreaterThan(0)
    expect(overlap.duplicates).toBeGreaterThan(1000)
  })

  it('counts later records that advance or fail a payment, and included duplicates, as on one thread', () => {
    const text = statusCsv()
    const [first, again] = importedBothWays([
      { name: 'status.csv', text },
      { name: 'status.csv', text, options: { includeDuplicates: [70, 2500] } }
    ])
    expect(first.duplicates).toBeGreaterThan(100)
    expect(again.imported).toBe(2)
  })

  it('cancel stops the reading and leaves the store exactly as before', () => {
    const { db, write } = tempStore()
    importFile(db, write('first.csv', terminalCsv(0, 100)))
    const before = snapshot(db)
    let progressed = 0
    const big = write('big.csv', terminalCsv(100, 30_000))
    expect(() =>
      importFile(db, big, { parallel: true, onProgress: (p) => (progressed = p.rows), isCancelled: () => progressed >= 8192 })
    ).toThrow(ImportCancelled)
    expect(progressed).toBeGreaterThanOrEqual(8192)
    expect(progressed).toBeLessThan(30_000)
    expect(snapshot(db)).toEqual(before)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    // The store takes the same file whole afterwards.
    expect(importFile(db, big, { parallel: true }).rows).toBeGreaterThan(29_000)
  })

  it('a problem found while reading reaches the caller with its code, and nothing is written', () => {
    const { db, write } = tempStore()
    const before = snapshot(db)
    const file = write('x.csv', terminalCsv(0, 10))
    expect(() => importFile(db, file, { parallel: true, merchantId: 999 })).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'merchant 999 does not exist' })
    )
    expect(snapshot(db)).toEqual(before)
  })
})

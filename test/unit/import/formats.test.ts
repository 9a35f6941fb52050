import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { fixture, tempStore } from './helpers'

const rowsOf = (db: ReturnType<typeof tempStore>['db'], batchId: number | null) =>
  db
    .prepare(
      `SELECT t.line, m.name AS merchant, m.country, t.occurred_at AS at, t.day, t.kind, t.status, t.method, t.card_scheme AS scheme,
              t.origin, t.amount, t.currency, t.fee, t.external_id AS ext, s.name AS store, t.terminal
         FROM transactions t JOIN merchants m ON m.id = t.merchant_id LEFT JOIN stores s ON s.id = t.store_id
        WHERE t.batch_id = ? ORDER BY t.line`
    )
    .all(batchId) as Record<string, unknown>[]

describe('generic CSV conventions', () => {
  it('Danish Windows-1252 with decimal comma: æøå intact, 30.02 rejected with its line', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('dk-latin1.csv'))
    expect(r).toMatchObject({ format: 'csv', encoding: 'windows-1252', rows: 8, imported: 6, duplicates: 0, rejected: 2 })
    expect(r.rejects).toEqual([
      { line: 6, reason: 'date "30.02.2018" does not exist' },
      { line: 7, reason: 'amount "12,3,4" is not a number' }
    ])
    const rows = rowsOf(db, r.batchId)
    expect(rows[0]).toMatchObject({
      merchant: 'Æblegården',
      country: 'DK',
      store: 'Nyhavn',
      terminal: 'T-01',
      amount: 425000,
      currency: 'DKK'
    })
    expect(rows[0]).toMatchObject({ scheme: 'visa', origin: 'cn', day: '2018-04-03', at: Date.UTC(2018, 3, 3, 8, 15) })
    expect(rows[2]).toMatchObject({ merchant: 'Søstrene Østergård', amount: 189950, origin: 'foreign' })
    expect(rows[3]).toMatchObject({ kind: 'refund', amount: 12995 })
    expect(rows[4]).toMatchObject({ line: 8, status: 'failed', scheme: 'unionpay' })
    expect(rows[5]).toMatchObject({ line: 9, method: 'card', origin: 'unknown' })
  })

  it('Swedish UTF-8 with BOM, NBSP grouping, U+2212 minus', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('se-bom.csv'))
    expect(r).toMatchObject({ encoding: 'utf-8-bom', rows: 4, imported: 4 })
    const rows = rowsOf(db, r.batchId)
    expect(rows.map((x) => [x.amount, x.kind, x.method, x.origin])).toEqual([
      [123450, 'payment', 'alipay', 'alipay'],
      [410000, 'payment', 'card', 'cn'],
      [8900, 'payment', 'card', 'domestic'],
      [8900, 'refund', 'card', 'domestic']
    ])
    expect(rows[0]).toMatchObject({ merchant: 'Gamla Stan Presenter', country: 'SE' })
  })

  it('Norwegian UTF-16LE, tabs, d.m.yyyy, narrow NBSP and trailing minus', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('no-utf16.csv'))
    expect(r).toMatchObject({ encoding: 'utf-16le', rows: 4, imported: 4 })
    const rows = rowsOf(db, r.batchId)
    expect(rows.map((x) => [x.day, x.amount, x.kind])).toEqual([
      ['2018-04-01', 448000, 'payment'],
      ['2018-04-01', 33800, 'payment'],
      ['2018-04-02', 12000, 'refund'],
      ['2018-04-13', 520000, 'payment']
    ])
    expect(rows[0].merchant).toBe('Fjord Kaffe')
  })

  it('Finnish CRLF with a stray LF, parentheses as minus', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('fi-crlf.csv'))
    expect(r).toMatchObject({ rows: 4, imported: 4, rejected: 0 })
    expect(rowsOf(db, r.batchId).map((x) => [x.line, x.kind, x.amount, x.currency])).toEqual([
      [2, 'payment', 4590, 'EUR'],
      [3, 'refund', 4590, 'EUR'],
      [4, 'payment', 52000, 'EUR'],
      [5, 'refund', 1200, 'EUR']
    ])
  })

  it('quoted delimiters and line breaks keep physical line numbers', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('quoted-multiline.csv'))
    expect(r).toMatchObject({ rows: 4, imported: 3, rejected: 1 })
    expect(r.rejects).toEqual([{ line: 5, reason: 'amount "abc" is not a number' }])
    const rows = rowsOf(db, r.batchId)
    expect(rows.map((x) => x.line)).toEqual([2, 3, 6])
    expect(rows[0]).toMatchObject({ merchant: 'Bergen Brygge, AS', amount: 125000, at: Date.UTC(2018, 4, 1, 8) })
  })

  it('empty file, header only and binary garbage', () => {
    const { db } = tempStore()
    expect(() => importFile(db, fixture('empty.csv'))).toThrow('the file is empty')
    expect(() => importFile(db, fixture('garbage.bin'))).toThrow(/not text/)
    expect(importFile(db, fixture('header-only.csv'))).toMatchObject({
      rows: 0,
      imported: 0,
      warnings: ['the file has a header but no rows']
    })
    expect(db.prepare('SELECT COUNT(*) AS n FROM import_batches').get()).toEqual({ n: 1 })
  })
})

describe('published formats', () => {
  it('Alipay classic: Beijing time, P/R, F failed, L settled, partner id remembered', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('2088123456789012_fptrade_20180405.csv'), { merchant: 'Fjord Kaffe' })
    expect(r).toMatchObject({ format: 'alipay', rows: 5, imported: 4, rejected: 1 })
    expect(r.rejects).toEqual([{ line: 6, reason: 'date "2018-04-31 10:00:00" does not exist' }])
    const rows = rowsOf(db, r.batchId)
    expect(rows[0]).toMatchObject({
      at: Date.UTC(2018, 3, 5, 8, 12, 33),
      status: 'settled',
      amount: 425000,
      fee: 7700,
      currency: 'NOK'
    })
    expect(rows[0]).toMatchObject({ merchant: 'Fjord Kaffe', country: 'NO', method: 'alipay', origin: 'alipay' })
    expect(rows.map((x) => [x.kind, x.status])).toEqual([
      ['payment', 'settled'],
      ['payment', 'captured'],
      ['payment', 'failed'],
      ['refund', 'captured']
    ])
    expect(db.prepare('SELECT alipay_partner_id AS p FROM merchants WHERE name = ?').get('Fjord Kaffe')).toEqual({
      p: '2088123456789012'
    })
    // The next file of that partner finds the merchant by itself.
    const { db: db2 } = { db }
    db2.prepare("UPDATE merchants SET name = 'Fjord Kaffe AS'").run()
    const again = importFile(db, fixture('2088123456789012_fptrade_20180405.csv'))
    expect(again).toMatchObject({ imported: 0, duplicates: 4, rejected: 1 })
  })

  it('Alipay in-store QR variant: secondary merchants, transaction currency', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('2088987654321098_fptrade_20180410.csv'))
    expect(r).toMatchObject({ format: 'alipay', rows: 2, imported: 2 })
    expect(rowsOf(db, r.batchId).map((x) => [x.merchant, x.country, x.amount, x.currency, x.terminal])).toEqual([
      ['Nordiska Kompaniet', 'SE', 345000, 'SEK', 'kassa-3'],
      ['Design Torget', 'SE', 89000, 'SEK', 'kassa-1']
    ])
  })

  it('Antom transactionItems: minor units, offsets, <END>', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('transactionItems_20180412_001.csv'), { merchant: 'Aker Souvenir' })
    expect(r).toMatchObject({ format: 'antom', rows: 4, imported: 3, rejected: 1, skipped: 1, warnings: [] })
    const rows = rowsOf(db, r.batchId)
    expect(rows.map((x) => [x.amount, x.kind, x.at])).toEqual([
      [412500, 'payment', Date.UTC(2018, 3, 12, 2, 15)],
      [89900, 'payment', Date.UTC(2018, 3, 12, 9, 20)],
      [89900, 'refund', Date.UTC(2018, 3, 12, 11)]
    ])
    expect(rows[0]).toMatchObject({ store: 'Aker Brygge', merchant: 'Aker Souvenir' })
  })

  it('Vipps sectioned settlement: only TransactionInfo rows are sales', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('vipps-settlement-2018-04.csv'))
    expect(r).toMatchObject({ format: 'vipps', rows: 4, imported: 3, rejected: 1 })
    expect(r.rejects).toEqual([{ line: 10, reason: 'date "32.04.2018" does not exist' }])
    expect(rowsOf(db, r.batchId).map((x) => [x.line, x.kind, x.amount, x.fee, x.day, x.status])).toEqual([
      [7, 'payment', 75000, 1350, '2018-04-04', 'settled'],
      [8, 'payment', 35000, 630, '2018-04-04', 'settled'],
      [9, 'refund', 15000, 0, '2018-04-05', 'settled']
    ])
  })

  it('Adyen accounting report: one sale per Psp Reference, later records advance it', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('adyen-payments-accounting-2018-04.csv'))
    expect(r).toMatchObject({ format: 'adyen', rows: 6, imported: 4, duplicates: 2, rejected: 0, skipped: 1 })
    const rows = rowsOf(db, r.batchId)
    expect(rows.map((x) => [x.ext, x.kind, x.status, x.amount, x.scheme, x.origin])).toEqual([
      ['8815234567890001', 'payment', 'settled', 42000, 'visa', 'cn'],
      ['8815234567890002', 'payment', 'pending', 6500, 'mastercard', 'domestic'],
      ['8815234567890003', 'payment', 'captured', 198000, 'unionpay', 'cn'],
      ['8815234567890004:refund', 'refund', 'settled', 10000, 'visa', 'cn']
    ])
    expect(rows[0]).toMatchObject({ fee: 756, merchant: 'HelsinkiDesign', country: 'FI', at: Date.UTC(2018, 5, 5, 8, 0, 1) })
  })

  it('format override beats detection', () => {
    const { db } = tempStore()
    // Read as plain CSV, the Alipay file's columns map by name (an Antom file's do not: that one is refused).
    const r = importFile(db, fixture('2088123456789012_fptrade_20180405.csv'), { format: 'csv', acceptDefaults: true })
    expect(r.format).toBe('csv')
    expect(r.rows).toBe(5)
    expect(r.rows).toBe(r.imported + r.duplicates + r.rejected)
  })
})

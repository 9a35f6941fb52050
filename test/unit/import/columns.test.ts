// Every column of a delimited file is either used or named as ignored, from its header or its values, and the
// import never books a sale to a segment by falling back to card without asking.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { previewFile } from '../../../src/core/import/preview'
import type { Db } from '../../../src/core/db/open'
import { fixture, tempStore } from './helpers'

const ROOT = join(__dirname, '../../..')
const kassa = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/kassa.mjs'), ...args], { encoding: 'utf8', cwd: ROOT })

const segments = (db: Db) =>
  db.prepare('SELECT line, method, origin, amount FROM transactions ORDER BY line').all() as {
    line: number
    method: string
    origin: string
    amount: number
  }[]

describe('Nordic POS exports with local headers', () => {
  const cases: [string, string, [string, string][]][] = [
    [
      'pos-se-betalsatt.csv',
      'Betalsätt',
      [
        ['card', 'domestic'],
        ['alipay', 'alipay'],
        ['other', 'other'],
        ['card', 'cn'],
        ['card', 'domestic']
      ]
    ],
    [
      'pos-dk-betalingsmade.csv',
      'Betalingsmåde',
      [
        ['card', 'domestic'],
        ['alipay', 'alipay'],
        ['other', 'other'],
        ['card', 'cn']
      ]
    ],
    [
      'pos-no-betalt-via.csv',
      'Betalt via',
      [
        ['other', 'other'],
        ['alipay', 'alipay'],
        ['card', 'domestic'],
        ['card', 'cn']
      ]
    ],
    [
      'pos-fi-maksutyyppi.csv',
      'Maksutyyppi',
      [
        ['card', 'domestic'],
        ['alipay', 'alipay'],
        ['other', 'other'],
        ['card', 'cn']
      ]
    ]
  ]
  for (const [file, methodHeader, expected] of cases)
    it(`${file}: every sale lands in its segment, and the method column "${methodHeader}" is used`, () => {
      const { db } = tempStore()
      const r = importFile(db, fixture(file))
      expect(r).toMatchObject({ rejected: 0, imported: expected.length })
      expect(segments(db).map((t) => [t.method, t.origin])).toEqual(expected)
      expect(r.columns.find((c) => c.header === methodHeader)).toMatchObject({ role: 'method', confidence: 1 })
      expect(r.columns.every((c) => c.role !== null || c.looksLike === undefined || !c.looksLike.includes('method'))).toBe(true)
    })

  it('reads a method column whose header it does not know from its values, and says so', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('pos-no-betalt-via.csv'))
    expect(r.columns.map((c) => [c.header, c.role, c.decided])).toEqual([
      ['Salgsdato', 'date', 'header'],
      ['Butikk', 'merchant', 'header'],
      ['Sum inkl. mva', 'amount', 'content'],
      ['Valuta', 'currency', 'header'],
      ['Betalt via', 'method', 'content'],
      ['Kortets land', 'cardCountry', 'header'],
      ['Ordrenr', 'externalId', 'content']
    ])
  })
})

describe('the import asks instead of defaulting', () => {
  it('refuses a file without a method column, names why, and imports it with the card fallback noted once accepted', () => {
    const { db, write } = tempStore()
    const file = write('plain.csv', 'Dato;Beløp;Valuta;Butikk\n01.04.2026;100,00;NOK;Kiosk\n02.04.2026;50,00;NOK;Kiosk\n')
    expect(() => importFile(db, file)).toThrow(/^no column holds the payment method: every row would be booked as card/)
    expect(segments(db)).toEqual([])
    const preview = previewFile(db, file)
    expect(preview.questions.map((q) => q.code)).toEqual(['no_method'])
    expect(preview.rows[0].row).toMatchObject({ method: 'card', methodDefaulted: true })
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r.imported).toBe(2)
    expect(r.warnings).toEqual([
      'accepted: no column holds the payment method: every row would be booked as card',
      '2 rows name no payment method and were booked as card, as accepted'
    ])
  })

  it('refuses a file whose method cell is empty on some line, naming the line', () => {
    const { db, write } = tempStore()
    const rows = ['Dato;Beløp;Valuta;Butikk;Betalingsmåte']
    for (let i = 0; i < 2000; i++) rows.push(`01.04.2026;${i + 1},00;NOK;Kiosk;${i === 1500 ? '' : 'Alipay'}`)
    const file = write('gap.csv', rows.join('\n') + '\n')
    expect(() => importFile(db, file)).toThrow('line 1502 names no payment method: it would be booked as card')
    expect(segments(db)).toEqual([])
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r.imported).toBe(2000)
    expect(r.warnings).toEqual(['one row names no payment method and was booked as card, as accepted'])
    expect(segments(db).filter((t) => t.method === 'card')).toEqual([
      { line: 1502, method: 'card', origin: 'unknown', amount: 150100 }
    ])
  })

  it('asks about a column of countries it cannot place, and imports once the user maps it', () => {
    const { db, write } = tempStore()
    const file = write('land.csv', 'Datum;Belopp;Valuta;Butik;Betalsätt;Ursprung\n2026-03-01;10,00;SEK;Kiosk;Kort;CN\n')
    const preview = previewFile(db, file)
    expect(preview.questions).toEqual([
      {
        code: 'unclear_column',
        column: 5,
        message:
          'column 6 "Ursprung" looks like card countries or merchant countries, and Kassa cannot tell which: choose its role, or leave it out'
      }
    ])
    expect(() => importFile(db, file)).toThrow(/column 6 "Ursprung" looks like card countries/)
    const mapping = { ...preview.choices.mapping, cardCountry: 5 }
    const mapped = previewFile(db, file, { mapping })
    expect(mapped.questions).toEqual([])
    expect(mapped.columns[5]).toMatchObject({ role: 'cardCountry', decided: 'user' })
    expect(mapped.columns[4]).toMatchObject({ role: 'method', decided: 'header' })
    importFile(db, file, { mapping })
    expect(segments(db)).toEqual([{ line: 2, method: 'card', origin: 'cn', amount: 1000 }])
  })

  it('reads a file without a header: its first line is a row, its columns come from their values', () => {
    const { db, write } = tempStore()
    const file = write('bare.csv', '2026-03-01 10:00;Kiosk;120,00;SEK;Kort\n2026-03-01 11:00;Kiosk;350,00;SEK;支付宝\n')
    const r = importFile(db, file, { merchant: 'Kiosk Söder' })
    expect(r).toMatchObject({ rows: 2, imported: 2, rejected: 0 })
    expect(r.columns.map((c) => [c.header, c.role, c.decided])).toEqual([
      [null, 'date', 'content'],
      [null, null, 'content'],
      [null, 'amount', 'content'],
      [null, 'currency', 'content'],
      [null, 'method', 'content']
    ])
    expect(segments(db).map((t) => [t.line, t.method, t.origin])).toEqual([
      [1, 'card', 'unknown'],
      [2, 'alipay', 'alipay']
    ])
  })
})

describe('kassa import and the columns', () => {
  it('imports the Betalsätt file as Alipay and card, and refuses a file with no method with the reason and its columns', () => {
    const { dir, write } = tempStore()
    const db = join(dir, 'store.sqlite')
    const ok = kassa('import', fixture('pos-se-betalsatt.csv'), '--db', db)
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('"Betalsätt" → method (header 100%)')
    expect(ok.stdout).toContain('"Moms" ignored (looks like amount)')
    const plain = write('plain.csv', 'Datum;Belopp;Valuta;Butik\n2026-03-01;10,00;SEK;Kiosk\n')
    const refused = kassa('import', plain, '--db', db, '--json')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(
      'plain.csv: no column holds the payment method: every row would be booked as card (confirm in the preview, or import with --accept-defaults); nothing from this file was written'
    )
    const entry = JSON.parse(refused.stdout).files[0]
    expect(entry).toMatchObject({ file: 'plain.csv', code: 'needs_confirmation', questions: [{ code: 'no_method' }] })
    expect(entry.columns.map((c: { role: string | null }) => c.role)).toEqual(['date', 'amount', 'currency', 'merchant'])
    const accepted = kassa('import', plain, '--db', db, '--accept-defaults')
    expect(accepted.status).toBe(0)
    expect(accepted.stdout).toContain('note: one row names no payment method and was booked as card, as accepted')
  })
})

import { describe, expect, it } from 'vitest'
import { listRejects } from '../../../src/core/import/batches'
import { importFile } from '../../../src/core/import/pipeline'
import { previewFile } from '../../../src/core/import/preview'
import { DETECT_BYTES } from '../../../src/core/import/text/encoding'
import { tempStore } from './helpers'

const HEADER = 'Date;Merchant;Amount;Currency;Payment method;Card country\n'
const merchants = (db: ReturnType<typeof tempStore>['db']) => db.prepare('SELECT name FROM merchants ORDER BY name').pluck().all()

describe('a stray byte in a UTF-8 file', () => {
  const bytes = Buffer.concat([
    Buffer.from(HEADER + '01.04.2018;Kiosk Øst;100,00;NOK;Card;NO\n02.04.2018;Kiosk Øst;'),
    Buffer.from([0xff]),
    Buffer.from('200,00;NOK;Card;NO\n03.04.2018;Kiosk Øst;300,00;NOK;Alipay;\n')
  ])

  it('keeps the file UTF-8: "Kiosk Øst" stays one merchant, and the line holding the byte is rejected by number', () => {
    const { db, write } = tempStore()
    const r = importFile(db, write('stray.csv', bytes))
    expect(r).toMatchObject({ encoding: 'utf-8', rows: 3, imported: 2, rejected: 1 })
    expect(r.rejects).toEqual([{ line: 3, reason: expect.stringMatching(/not valid UTF-8/) }])
    expect(merchants(db)).toEqual(['Kiosk Øst'])
    expect(listRejects(db, r.batchId as number)[0].raw).toBe('02.04.2018;Kiosk Øst;\ufffd200,00;NOK;Card;NO')
  })

  it('shows the line as rejected in the preview, with the same reason', () => {
    const { db, write } = tempStore()
    const p = previewFile(db, write('stray.csv', bytes))
    expect(p.choices.encoding).toBe('utf-8')
    expect(p.rows.map((row) => [row.line, row.outcome])).toEqual([
      [2, 'new'],
      [3, 'rejected'],
      [4, 'new']
    ])
    expect(p.rows[1].reason).toMatch(/not valid UTF-8/)
  })

  it('in a file of plain ASCII is named too, not read as the letter ÿ', () => {
    const { db, write } = tempStore()
    const ascii = Buffer.concat([
      Buffer.from(HEADER + '01.04.2018;Kiosk'),
      Buffer.from([0xff]),
      Buffer.from(';1,00;NOK;Card;NO\n')
    ])
    const r = importFile(db, write('ascii.csv', ascii))
    expect(r).toMatchObject({ encoding: 'utf-8', imported: 0, rejected: 1 })
    expect(merchants(db)).toEqual([])
  })

  it('in the header is a note on the import, and the rows still import', () => {
    const { db, write } = tempStore()
    const file = Buffer.concat([
      Buffer.from('Date;Merchant;Amount;Currency;Note'),
      Buffer.from([0xff]),
      Buffer.from('\n01.04.2018;Kiosk Øst;1,00;NOK;x\n')
    ])
    const r = importFile(db, write('header.csv', file), { acceptDefaults: true })
    expect(r).toMatchObject({ encoding: 'utf-8', imported: 1, rejected: 0 })
    expect(r.warnings).toContainEqual(expect.stringMatching(/^line 1 \(the header\) holds bytes that are not valid UTF-8/))
  })
})

describe('a file longer than encoding detection reads', () => {
  it('is judged by its first bytes: Windows-1252 lines past them are rejected by number, not read into new merchants', () => {
    const { db, write } = tempStore()
    const row = '01.04.2018;Kiosk Oest;1,00;NOK;Card;NO\n'
    const rows = Math.ceil(DETECT_BYTES / row.length)
    const file = Buffer.concat([
      Buffer.from(HEADER + row.repeat(rows)),
      Buffer.from('02.04.2018;Kiosk \xd8st;2,00;NOK;Card;NO\n', 'latin1')
    ])
    const r = importFile(db, write('long.csv', file))
    expect(r).toMatchObject({ encoding: 'utf-8', imported: rows, rejected: 1 })
    expect(r.rejects).toEqual([{ line: rows + 2, reason: expect.stringMatching(/not valid UTF-8/) }])
    expect(merchants(db)).toEqual(['Kiosk Oest'])
  })
})

describe('Windows-1252 files', () => {
  it('are still told from UTF-8, and a byte Windows-1252 leaves undefined rejects its line', () => {
    const { db, write } = tempStore()
    const latin = (s: string) => Buffer.from(s, 'latin1')
    const file = Buffer.concat([
      latin(HEADER + '01.04.2018;Kiosk Øst;1,00;NOK;Card;NO\n02.04.2018;Ærø Bageri;2,00;NOK;Card;NO\n05.04.2018;Bad'),
      Buffer.from([0x81]),
      latin(';5,00;NOK;Card;NO\n')
    ])
    const r = importFile(db, write('latin.csv', file))
    expect(r).toMatchObject({ encoding: 'windows-1252', imported: 2 })
    expect(merchants(db)).toEqual(['Kiosk Øst', 'Ærø Bageri'])
    expect(r.rejects).toEqual([{ line: 4, reason: expect.stringMatching(/not valid Windows-1252/) }])
  })
})

describe('UTF-8 text inside a Windows-1252 file', () => {
  it('is rejected by line, not read into a merchant named "Kiosk Ã˜st"', () => {
    const { db, write } = tempStore()
    const latin = (s: string) => Buffer.from(s, 'latin1')
    const file = Buffer.concat([
      latin(HEADER + '01.04.2018;Kiosk Øst;1,00;NOK;Card;NO\n02.04.2018;Ærø Bageri;2,00;NOK;Card;NO\n'),
      Buffer.from('03.04.2018;Kiosk Øst;3,00;NOK;Card;NO\n', 'utf8'),
      latin('04.04.2018;Søstrene Åse;4,00;NOK;Card;NO\n')
    ])
    const r = importFile(db, write('mixed.csv', file))
    expect(r).toMatchObject({ encoding: 'windows-1252', rows: 4, imported: 3, rejected: 1 })
    expect(r.rejects).toEqual([{ line: 4, reason: expect.stringMatching(/reads as UTF-8 text in a Windows-1252 file/) }])
    expect(merchants(db)).toEqual(['Kiosk Øst', 'Søstrene Åse', 'Ærø Bageri'])
  })
})

describe('an unterminated quote', () => {
  it('costs only its own line: the lines after it import, with their own line numbers', () => {
    const { db, write } = tempStore()
    const file = write(
      'quote.csv',
      HEADER +
        '01.04.2018;"Kiosk Øst;100,00;NOK;Card;NO\n' +
        '02.04.2018;"Kiosk; Vest";200,00;NOK;Card;NO\n' +
        '03.04.2018;Kiosk Nord;300,00;NOK;Alipay;\n'
    )
    const r = importFile(db, file)
    expect(r).toMatchObject({ rows: 3, imported: 2, rejected: 1 })
    expect(r.rejects).toEqual([{ line: 2, reason: expect.stringMatching(/quote opened on this line is not closed/) }])
    expect(db.prepare('SELECT line FROM transactions ORDER BY line').pluck().all()).toEqual([3, 4])
    expect(merchants(db)).toEqual(['Kiosk Nord', 'Kiosk; Vest'])
  })
})

describe('segments', () => {
  it('counts every row read as a sale or refund by segment, on a re-import too', () => {
    const { db, write } = tempStore()
    const file = write(
      'split.csv',
      'Date;Merchant;Amount;Currency;Payment method;Card country\n' +
        '01.04.2018;Kiosk;1,00;NOK;Alipay;\n' +
        '01.04.2018;Kiosk;2,00;NOK;Alipay;\n' +
        '01.04.2018;Kiosk;3,00;NOK;Card;NO\n' +
        '01.04.2018;Kiosk;4,00;NOK;Card;CN\n' +
        '01.04.2018;Kiosk;5,00;NOK;Card;SE\n' +
        '01.04.2018;Kiosk;-5,00;NOK;Card;SE\n' +
        '01.04.2018;Kiosk;6,00;NOK;Card;\n' +
        '01.04.2018;Kiosk;7,00;NOK;Vipps;\n' +
        '31.02.2018;Kiosk;8,00;NOK;Card;NO\n'
    )
    const first = importFile(db, file)
    const split = { alipay: 2, card_domestic: 1, card_cn: 1, card_foreign: 2, card_unknown: 1, other: 1 }
    expect(first).toMatchObject({ rows: 9, imported: 8, rejected: 1, segments: split })
    expect(importFile(db, file)).toMatchObject({ imported: 0, duplicates: 8, segments: split })
  })
})

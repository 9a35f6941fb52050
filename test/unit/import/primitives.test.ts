import { describe, expect, it } from 'vitest'
import { detectEncodingOfBytes, decoderFor } from '../../../src/core/import/text/encoding'
import { detectDelimiter } from '../../../src/core/import/text/delimiter'
import { readRecords } from '../../../src/core/import/text/records'
import { detectDecimalStyle, parseDecimal } from '../../../src/core/import/text/numbers'
import { detectDateOrder, parseDateTime, toUtc, withTime } from '../../../src/core/import/text/dates'
import { guessMapping } from '../../../src/core/import/vocab/headers'
import { readMethod } from '../../../src/core/import/vocab/values'

describe('encoding detection', () => {
  it('tells BOMs, UTF-8, Windows-1252 and binary apart', () => {
    expect(detectEncodingOfBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true)).toEqual({ encoding: 'utf-8-bom', bomBytes: 3 })
    expect(detectEncodingOfBytes(Buffer.from([0xff, 0xfe, 0x41, 0]), false)).toEqual({ encoding: 'utf-16le', bomBytes: 2 })
    expect(detectEncodingOfBytes(Buffer.from('Beløb;Dato\n', 'utf8'), true).encoding).toBe('utf-8')
    expect(detectEncodingOfBytes(Buffer.from('Beløb;Dato\n', 'latin1'), false).encoding).toBe('windows-1252')
    expect(() => detectEncodingOfBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), false)).toThrow(/not text/)
  })
  it('keeps æøåäö when decoding Windows-1252 in pieces', () => {
    const bytes = Buffer.from('Æblegården;Søstrene Östergård;Päivämäärä', 'latin1')
    const d = decoderFor('windows-1252')
    const text = d.decode(bytes.subarray(0, 5), { stream: true }) + d.decode(bytes.subarray(5), { stream: true }) + d.decode()
    expect(text).toBe('Æblegården;Søstrene Östergård;Päivämäärä')
  })
})

describe('delimiter detection', () => {
  it('picks the delimiter that splits every line alike, ignoring quoted ones', () => {
    expect(detectDelimiter('Dato;Beløb\n01.04.2018;1,50\n')).toBe(';')
    expect(detectDelimiter('a|b|c\n1|2,5|3\n')).toBe('|')
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t')
    expect(detectDelimiter('id,name,amount\n1,"A; B",2\n2,"C; D",3\n')).toBe(',')
  })
})

const records = (text: string, chunkSize = text.length, d = ',') => {
  const chunks: string[] = []
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize))
  return [...readRecords(chunks, d)].map((r) => ({ line: r.line, fields: r.fields, raw: r.raw }))
}

describe('record reader', () => {
  const text = 'h1,h2\r\na,"b, with comma"\n"multi\r\nline",x\rlast,"say ""hi"""\n'
  it('reports physical line numbers across CRLF, LF, CR and quoted line breaks', () => {
    const recs = records(text)
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 5])
    expect(recs[1].fields).toEqual(['a', 'b, with comma'])
    expect(recs[2].fields).toEqual(['multi\r\nline', 'x'])
    expect(recs[2].raw).toBe('"multi\r\nline",x')
    expect(recs[3].fields).toEqual(['last', 'say "hi"'])
  })
  it('gives the same records whatever the chunk size', () => {
    const whole = records(text)
    for (const size of [1, 2, 3, 7]) expect(records(text, size)).toEqual(whole)
  })
  it('keeps a last line without a line break', () => {
    expect(records('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'], raw: 'a,b' },
      { line: 2, fields: ['1', '2'], raw: '1,2' }
    ])
  })
})

describe('numbers', () => {
  it.each([
    ['1.234,50', 'comma', '1234.50'],
    ['1 234,50', 'comma', '1234.50'],
    ['1\u00a0234,50', 'comma', '1234.50'],
    ['1\u202f234,50', 'comma', '1234.50'],
    ["1'234.50", 'point', '1234.50'],
    ['1,234.50', 'point', '1234.50'],
    ['\u2212129,95', 'comma', '-129.95'],
    ['129,95-', 'comma', '-129.95'],
    ['(45,90)', 'comma', '-45.90'],
    ['kr 4.250,00', 'comma', '4250.00'],
    ['-0,00', 'comma', '0.00']
  ] as const)('%s (%s) → %s', (text, style, expected) => {
    expect(parseDecimal(text, style)).toBe(expected)
  })
  it.each([
    ['12,3,4', 'comma'],
    ['12.5', 'comma'],
    ['abc', 'point'],
    ['-', 'point'],
    ['1 23,00', 'comma']
  ] as const)('rejects %s (%s)', (text, style) => {
    expect(parseDecimal(text, style)).toBeNull()
  })
  it('detects the decimal style from a sample', () => {
    expect(detectDecimalStyle(['4.250,00', '129,95'])).toBe('comma')
    expect(detectDecimalStyle(['1,250.00', '99.00'])).toBe('point')
    expect(detectDecimalStyle(['1.250', '2.500'])).toBe('comma')
  })
})

describe('dates', () => {
  it('reads the Nordic and ISO forms', () => {
    expect(parseDateTime('03.04.2018', 'dmy')).toMatchObject({ y: 2018, m: 4, d: 3, h: 0 })
    expect(parseDateTime('3.4.2018 14:05', 'dmy')).toMatchObject({ y: 2018, m: 4, d: 3, h: 14, mi: 5 })
    expect(parseDateTime('2018-04-03', 'dmy')).toMatchObject({ y: 2018, m: 4, d: 3 })
    expect(parseDateTime('03-04-2018', 'dmy')).toMatchObject({ y: 2018, m: 4, d: 3 })
    expect(parseDateTime('2018/04/03 23:59:59', 'dmy')).toMatchObject({ y: 2018, m: 4, d: 3, h: 23, mi: 59, s: 59 })
    expect(parseDateTime('04/03/2018', 'mdy')).toMatchObject({ m: 4, d: 3 })
    expect(parseDateTime('03.04.18 9:05', 'dmy')).toMatchObject({ y: 2018, m: 4, d: 3, h: 9, mi: 5 })
  })
  it('says which date does not exist', () => {
    expect(parseDateTime('30.02.2019', 'dmy')).toBe('date "30.02.2019" does not exist')
    expect(parseDateTime('2018-04-31', 'dmy')).toBe('date "2018-04-31" does not exist')
    expect(parseDateTime('yesterday', 'dmy')).toBe('"yesterday" is not a date')
    expect(withTime({ y: 2018, m: 1, d: 1, h: 0, mi: 0, s: 0, ms: 0 }, '25:10')).toBe('time "25:10" does not exist')
  })
  it('converts offsets exactly and local wall times with the merchant country zone', () => {
    const iso = parseDateTime('2018-04-12T10:15:00+08:00', 'dmy')
    expect(typeof iso !== 'string' && toUtc(iso, { country: 'NO' })).toBe(Date.UTC(2018, 3, 12, 2, 15))
    const oslo = parseDateTime('12.04.2018 10:15', 'dmy')
    // April: Oslo is on summer time, UTC+2.
    expect(typeof oslo !== 'string' && toUtc(oslo, { country: 'NO' })).toBe(Date.UTC(2018, 3, 12, 8, 15))
    const helsinki = parseDateTime('12.01.2018 10:15', 'dmy')
    expect(typeof helsinki !== 'string' && toUtc(helsinki, { country: 'FI' })).toBe(Date.UTC(2018, 0, 12, 8, 15))
  })
  it('detects day/month order from the whole sample', () => {
    expect(detectDateOrder(['01.02.2018', '13.02.2018'])).toEqual({ order: 'dmy', certain: true })
    expect(detectDateOrder(['02/01/2018', '02/13/2018'])).toEqual({ order: 'mdy', certain: true })
    expect(detectDateOrder(['01.02.2018', '02.01.2018'])).toEqual({ order: 'dmy', certain: false })
  })
})

describe('vocabulary', () => {
  it('maps headers in five languages', () => {
    expect(guessMapping(['Dato', 'Beløb', 'Valuta'])).toEqual({ date: 0, amount: 1, currency: 2 })
    expect(guessMapping(['Datum', 'Belopp', 'Betalningssätt'])).toEqual({ date: 0, amount: 1, method: 2 })
    expect(guessMapping(['Päivämäärä', 'Määrä', 'Valuutta', 'Maksutapa'])).toEqual({ date: 0, amount: 1, currency: 2, method: 3 })
    expect(guessMapping(['Transaction ID', 'Date', 'Amount', 'Card country'])).toEqual({
      externalId: 0,
      date: 1,
      amount: 2,
      cardCountry: 3
    })
  })
  it('reads method values', () => {
    expect(readMethod('Kort')).toEqual({ method: 'card' })
    expect(readMethod('Kortti')).toEqual({ method: 'card' })
    expect(readMethod('VISA')).toEqual({ method: 'card', scheme: 'visa' })
    expect(readMethod('UnionPay')).toEqual({ method: 'card', scheme: 'unionpay' })
    expect(readMethod('Alipay')).toEqual({ method: 'alipay' })
    expect(readMethod('Kontant')).toEqual({ method: 'other' })
  })
})

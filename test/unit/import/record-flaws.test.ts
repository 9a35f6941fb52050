import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pieceDecoderFor, utf8Evidence } from '../../../src/core/import/text/encoding'
import { readRecords } from '../../../src/core/import/text/records'

const read = (text: string, chunk = text.length, maxRecord?: number) => {
  const pieces: string[] = []
  for (let i = 0; i < text.length; i += chunk) pieces.push(text.slice(i, i + chunk))
  return [...readRecords(pieces, ';', { maxRecord })].map((r) => ({ line: r.line, fields: r.fields, flaw: r.flaw }))
}

describe('a quote left open', () => {
  const text = 'a;b\n1;"open\n2;x\n3;"closed; with delimiter"\n4;y\n'
  it('costs only the line it opens on; the lines after it are read as written, with their own line numbers', () => {
    expect(read(text)).toEqual([
      { line: 1, fields: ['a', 'b'], flaw: undefined },
      { line: 2, fields: ['1', '"open'], flaw: 'unterminated_quote' },
      { line: 3, fields: ['2', 'x'], flaw: undefined },
      { line: 4, fields: ['3', 'closed; with delimiter'], flaw: undefined },
      { line: 5, fields: ['4', 'y'], flaw: undefined }
    ])
  })
  it('reads the same whatever the piece size', () => {
    const whole = read(text)
    for (const size of [1, 2, 3, 5, 8]) expect(read(text, size)).toEqual(whole)
  })
  it('on the last line, without a line break, is that line only', () => {
    expect(read('a;b\n1;"open')).toEqual([
      { line: 1, fields: ['a', 'b'], flaw: undefined },
      { line: 2, fields: ['1', '"open'], flaw: 'unterminated_quote' }
    ])
  })
  it('that a later line would close is given up once the record outgrows the limit', () => {
    // Within the limit the quoted field spans lines as CSV allows; past it, the opening line is rejected.
    const spanning = 'a;b\n1;"one\ntwo\nthree";x\n4;y\n'
    expect(read(spanning, 3, 64)[1]).toEqual({ line: 2, fields: ['1', 'one\ntwo\nthree', 'x'], flaw: undefined })
    expect(read(spanning, 3, 10).map((r) => [r.line, r.flaw])).toEqual([
      [1, undefined],
      [2, 'unterminated_quote'],
      [3, undefined],
      [4, undefined],
      [5, undefined]
    ])
  })
})

describe('a line longer than the limit', () => {
  it('is one flawed record keeping only its start, and reading goes on at the next line', () => {
    const long = 'x'.repeat(50_000)
    const text = `a;b\r\n1;${long}\r\n2;y\r\n3;"${long}\r\n4;z\r\n`
    for (const size of [7, 4096, text.length]) {
      const got = [...readRecords(chunked(text, size), ';', { maxRecord: 1000 })]
      expect(got.map((r) => [r.line, r.flaw, r.fields.length > 1 ? r.fields : r.raw.length])).toEqual([
        [1, undefined, ['a', 'b']],
        [2, 'too_long', expect.any(Array)],
        [3, undefined, ['2', 'y']],
        [4, 'too_long', expect.any(Array)],
        [5, undefined, ['4', 'z']]
      ])
      expect(got[1].raw.length).toBeLessThanOrEqual(4097)
      expect(got[1].raw.startsWith('1;xxx')).toBe(true)
    }
  })
})

const chunked = (text: string, size: number) => {
  const pieces: string[] = []
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size))
  return pieces
}

describe('undecodable bytes', () => {
  it('flag only the lines that hold them', () => {
    const bytes = Buffer.concat([
      Buffer.from('Dato;Butikk\n01.04.2018;Kiosk Øst\n02.04.2018;Kiosk '),
      Buffer.from([0xff]),
      Buffer.from('st\n"03.04.2018";"Kiosk Øst"\n')
    ])
    const decoder = pieceDecoderFor('utf-8')
    const text = decoder.write(bytes) + decoder.end()
    expect(read(text).map((r) => [r.line, r.fields[1], r.flaw])).toEqual([
      [1, 'Butikk', undefined],
      [2, 'Kiosk Øst', undefined],
      [3, 'Kiosk \ufffdst', 'bad_bytes'],
      [4, 'Kiosk Øst', undefined]
    ])
  })
  it('in Windows-1252, the five undefined bytes decode to U+FFFD and the rest to their letters', () => {
    const decoder = pieceDecoderFor('windows-1252')
    const text = decoder.write(Buffer.from([0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xd8, 0x9f])) + decoder.end()
    expect(text).toBe('€\ufffd\ufffd\ufffd\ufffd\ufffdØŸ')
  })
  it('count as evidence against UTF-8 only when they would be letters or signs in Windows-1252', () => {
    const evidence = (b: Buffer) => {
      const into = { sequences: 0, strays: 0 }
      utf8Evidence(b, into)
      return into
    }
    expect(evidence(Buffer.from('Kiosk Øst, Ærø', 'utf8'))).toEqual({ sequences: 3, strays: 0 })
    expect(evidence(Buffer.from('Kiosk Øst, Ærø', 'latin1'))).toEqual({ sequences: 0, strays: 3 })
    expect(evidence(Buffer.from([0x41, 0xff, 0x81, 0x41]))).toEqual({ sequences: 0, strays: 0 })
  })
})

describe('record reader with flaws, on generated text', () => {
  it('gives the same records for any piece size, and never a record longer than the limit', () => {
    const unit = fc.constantFrom('a', 'ø', ';', '"', '\n', '\r\n', '\r', '\ufffd', 'xxxxxxxxxx')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (text, size) => {
        const whole = [...readRecords([text], ';', { maxRecord: 24 })]
        const pieces = [...readRecords(chunked(text, size), ';', { maxRecord: 24 })]
        expect(pieces).toEqual(whole)
        for (const r of whole) {
          expect(r.raw.length).toBeLessThanOrEqual(r.flaw ? 25 : 24)
          if (!r.flaw) expect(r.raw).not.toContain('\ufffd')
          if (r.flaw === 'bad_bytes') expect(r.raw).toContain('\ufffd')
        }
      }),
      { numRuns: 400, seed: 7 }
    )
  })
})

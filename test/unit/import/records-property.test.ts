import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readRecords } from '../../../src/core/import/text/records'

const cellText = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', ';', ',', '"', '\n', '\r\n', '1', '.'), maxLength: 8 })
const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })

const needsQuotes = (s: string) => /[";\r\n]/.test(s) || s.trim() !== s || s === ''

describe('record reader on generated tables', () => {
  it('gives back every cell and the physical line each record starts on, for any chunking and line ending', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 1, max: 9 }), (rows, eol, chunk) => {
        const lines = rows.map((r) => r.map((c) => (needsQuotes(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
        const text = lines.join(eol) + eol
        const pieces: string[] = []
        for (let i = 0; i < text.length; i += chunk) pieces.push(text.slice(i, i + chunk))
        const got = [...readRecords(pieces, ';')]
        expect(got.map((r) => r.fields)).toEqual(rows)
        // Physical line of each record: 1 + the line breaks before it (a CRLF counts once).
        let line = 1
        rows.forEach((_, i) => {
          expect(got[i].line).toBe(line)
          expect(got[i].raw).toBe(lines[i])
          line += 1 + (lines[i].match(/\r\n|\r|\n/g)?.length ?? 0)
        })
      }),
      { numRuns: 300, seed: 42 }
    )
  })
})

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { UserError } from '../../../src/core/errors'
import { fixture, tempStore, writeFile } from './helpers'

const SOURCES = [
  'dk-latin1.csv',
  'se-bom.csv',
  'no-utf16.csv',
  'fi-crlf.csv',
  'quoted-multiline.csv',
  'identical-sales.csv',
  '2088123456789012_fptrade_20180405.csv',
  'transactionItems_20180412_001.csv',
  'vipps-settlement-2018-04.csv',
  'adyen-payments-accounting-2018-04.csv'
]

const NASTY = [0x22, 0x2c, 0x3b, 0x7c, 0x09, 0x0a, 0x0d, 0x2d, 0x2e, 0x30, 0x39, 0xe6, 0xc3, 0xff, 0x00, 0x20]

/** One edit of a file's bytes: delete, insert, duplicate or drop a line, truncate. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    byte: fc.oneof(fc.constantFrom(...NASTY), fc.integer({ min: 0, max: 255 }))
  }),
  fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() })
)

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function apply(buf: Buffer, m: Mutation): Buffer {
  if (buf.length === 0) return buf
  const at = m.at % buf.length
  switch (m.op) {
    case 'delete':
      return Buffer.concat([buf.subarray(0, at), buf.subarray(at + m.len)])
    case 'insert':
      return Buffer.concat([buf.subarray(0, at), Buffer.from([m.byte]), buf.subarray(at)])
    case 'dupLine': {
      const start = buf.lastIndexOf(0x0a, at) + 1
      const end = buf.indexOf(0x0a, at)
      const line = buf.subarray(start, end === -1 ? buf.length : end + 1)
      return Buffer.concat([buf.subarray(0, start), line, buf.subarray(start)])
    }
    case 'truncate':
      return buf.subarray(0, at)
  }
  return buf
}

/** What a file that cannot be imported at all is refused with (src/core/errors.ts). */
const FILE_REFUSALS = ['unreadable', 'not_text', 'empty', 'unknown_format', 'format_mismatch', 'unmapped', 'needs_confirmation']

describe('mutated files', () => {
  it('never throw anything but a clear file error, and always account for every row', () => {
    const { db, dir } = tempStore()
    let n = 0
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 6 }), (name, edits) => {
        const bytes = edits.reduce(apply, readFileSync(fixture(name)))
        const path = writeFile(dir, `${n++}-${name}`, bytes)
        let result
        try {
          result = importFile(db, path, { merchant: 'Fuzz Shop' })
        } catch (err) {
          expect(err).toBeInstanceOf(UserError)
          expect(FILE_REFUSALS).toContain((err as UserError).code)
          expect((err as Error).message.length).toBeGreaterThan(5)
          return
        }
        expect(result.rows).toBe(result.imported + result.duplicates + result.rejected)
        const stored = db.prepare('SELECT COUNT(*) AS n FROM transactions WHERE batch_id = ?').get(result.batchId) as {
          n: number
        }
        const rejects = db
          .prepare('SELECT COUNT(*) AS n FROM import_rejects WHERE batch_id = ? AND line > 0')
          .get(result.batchId) as {
          n: number
        }
        expect(stored.n).toBe(result.imported)
        expect(rejects.n).toBe(result.rejected)
        expect(result.rejects.every((r) => r.line >= 1 && r.reason.length > 0)).toBe(true)
      }),
      { numRuns: 150, seed: 20180419 }
    )
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})

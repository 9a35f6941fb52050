// Random bytes, random CSV layouts and hostile names through import → stats → every report format (HTML, CSV,
// XLSX; PDF is printed from the same HTML by a browser and is covered by pdf.test.ts) and the merchant export.
// Each run checks what a user relies on: no crash but a coded error, every line accounted for, no cell a
// spreadsheet would run, no markup from a name in the HTML, and a sound store.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stats } from '../../../src/core/analytics/stats'
import { importFile, type ImportResult } from '../../../src/core/import/pipeline'
import { exportMerchantsCsv } from '../../../src/core/merchants/csv-export'
import { buildDocument, renderFile } from '../../../src/core/reports/render'
import { REPORT_TYPES } from '../../../src/core/reports/params'
import { tempStore } from '../import/helpers'
import { csvFormulas, xlsxCells } from './spreadsheet'

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3+cmd|calc',
  '\t=1+1',
  '\r=1+1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "</td></tr></table><b onclick='x()'>",
  'Evil\u001b[2J\u001b]0;owned\u0007Shop',
  'Nul\u0000Bell\u0007Back\u0008',
  '\u202eevil.exe\u202c',
  '\u200fمتجر\u200e',
  'Østerbro Kjøkken ÆØÅ äöü',
  'Fjällräven Åre',
  '北欧礼品店',
  'x'.repeat(250),
  'Ø'.repeat(200)
]

/** A merchant or store name: a hostile one, some random text, or both together. */
const name = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 10, unit: 'binary' })).map(([a, b]) => a + b)
)

const amount = fc.oneof(
  fc.integer({ min: -500_00, max: 9_000_00 }).map((n) => (n / 100).toFixed(2)),
  fc.constantFrom('', 'abc', '1e400', '=1+1', '12,50', '-0.00')
)
const day = fc.date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2018-12-31T23:59:59Z'), noInvalidDate: true })
const currency = fc.oneof(fc.constantFrom('NOK', 'DKK', 'SEK', 'EUR'), fc.constantFrom('XXX', '', 'nok', '€'))

const method = fc.constantFrom('card', 'alipay', 'Visa', '')
const row = fc.record({ day, amount, currency, method, merchant: name, store: fc.option(name, { nil: undefined }) })
const layout = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  crlf: fc.boolean(),
  withStore: fc.boolean(),
  rows: fc.array(row, { minLength: 1, maxLength: 12 })
})
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never

/** The file a layout stands for, and how many records it has under its header. */
function csvOf(l: Layout): { text: string; records: number } {
  const cell = (v: string) => (v.includes(l.delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v)
  const header = ['date', 'amount', 'currency', 'method', 'merchant', ...(l.withStore ? ['store'] : [])]
  const lines = [header.join(l.delimiter)]
  for (const r of l.rows) {
    const when = r.day.toISOString().slice(0, 16).replace('T', ' ')
    lines.push(
      [when, r.amount, r.currency, r.method, r.merchant, ...(l.withStore ? [r.store ?? ''] : [])].map(cell).join(l.delimiter)
    )
  }
  return { text: lines.join(l.crlf ? '\r\n' : '\n') + '\n', records: l.rows.length }
}

const file = fc.oneof(
  { weight: 4, arbitrary: layout.map((l) => ({ kind: 'csv' as const, ...csvOf(l) })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => ({ kind: 'bytes' as const, bytes: Buffer.from(b) })) }
)

/** Tags the report renderer itself writes; a name that became markup would add others (or event handlers). */
const OWN_TAGS = new Set(
  'html head meta title style body header h1 h2 div dl dt dd section table thead tbody tr th td p svg text rect line polyline circle'.split(
    ' '
  )
)

function expectInertHtml(html: string) {
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()))
  expect([...tags].filter((t) => !OWN_TAGS.has(t))).toEqual([])
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i)
}

function expectCodedError(err: unknown) {
  expect(typeof (err as { code?: unknown }).code, String(err)).toBe('string')
  expect((err as Error).message.length).toBeGreaterThan(5)
}

describe('outputs under random input', () => {
  it('never crash, account for every line, write no formula and no markup, and keep the store sound', async () => {
    const { db, dir } = tempStore()
    let n = 0
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        n++
        const path = join(dir, `${n}.csv`)
        writeFileSync(path, f.kind === 'csv' ? f.text : f.bytes)

        let result: ImportResult | undefined
        try {
          result = importFile(db, path, { merchant: n % 2 ? 'Fuzz Fallback' : undefined })
        } catch (err) {
          expectCodedError(err)
        }
        if (result) {
          expect(result.rows).toBe(result.imported + result.duplicates + result.rejected)
          if (f.kind === 'csv') expect(result.rows + result.skipped).toBe(f.records)
          const stored = db.prepare('SELECT COUNT(*) AS n FROM transactions WHERE batch_id = ?').get(result.batchId) as {
            n: number
          }
          expect(stored.n).toBe(result.imported)
        }

        const all = stats(db, { currency: 'NOK' })
        for (const s of Object.values(all.segments)) expect(s.gross).toMatch(/^-?\d+\.\d{2}$/)

        const merchants = db.prepare('SELECT name FROM merchants ORDER BY id DESC LIMIT 1').all() as { name: string }[]
        for (const type of REPORT_TYPES) {
          const params = { type, from: '2018-01-01', to: '2018-12-31', locale: 'en' as const }
          let built
          try {
            built = buildDocument(db, type === 'statement' ? { ...params, merchant: merchants[0]?.name ?? 'none' } : params)
          } catch (err) {
            expectCodedError(err)
            continue
          }
          expectInertHtml(built.html)
          expect(csvFormulas((await renderFile(built.doc, 'csv')).toString('utf8'))).toEqual([])
          if (n % 4 === 0) {
            const cells = await xlsxCells(await renderFile(built.doc, 'xlsx'))
            expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([])
          }
        }

        const exported = join(dir, 'merchants.csv')
        const { rows } = exportMerchantsCsv(db, exported)
        expect(rows).toBe((db.prepare('SELECT COUNT(*) AS n FROM merchants').get() as { n: number }).n)
        expect(csvFormulas(readFileSync(exported, 'utf8'))).toEqual([])
      }),
      { numRuns: 40, seed: 20181219 }
    )
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const named = db.prepare('SELECT name FROM merchants').all() as { name: string }[]
    // The run reached the outputs with hostile names, not only with rejected lines.
    expect(named.some((m) => /^[=+\-@\t\r]/.test(m.name))).toBe(true)
    expect(named.some((m) => m.name.includes('<'))).toBe(true)
  })
})

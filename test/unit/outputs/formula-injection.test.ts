// A name from an imported file must never run as a formula when an export is opened in a spreadsheet program.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { exportMerchantsCsv } from '../../../src/core/merchants/csv-export'
import { importMerchantFile } from '../../../src/core/merchants/csv-import'
import { createMerchant } from '../../../src/core/merchants/service'
import { buildDocument, renderFile } from '../../../src/core/reports/render'
import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import { csvLine, fromSpreadsheetText } from '../../../src/shared/csv'
import { fixture } from '../merchants/helpers'
import { fixtureStore } from '../reports/fixture'
import { csvCells, csvFormulas, HOSTILE_NAMES, runsAsFormula, xlsxCells } from './spreadsheet'

describe('report CSV and XLSX with a merchant named like a formula', () => {
  const ctx = fixtureStore()
  afterAll(() => ctx.db.close())
  const june = { from: '2018-06-01', to: '2018-06-30', locale: 'en' as const }

  it.each(HOSTILE_NAMES)('%j is text in the portfolio CSV, and the amounts stay numbers', async (name) => {
    ctx.db.prepare('UPDATE merchants SET name = ? WHERE id = 1').run(name)
    const { doc } = buildDocument(ctx.db, { type: 'portfolio', ...june })
    const csv = (await renderFile(doc, 'csv')).toString('utf8')
    expect(csvFormulas(csv)).toEqual([])
    const cells = csvCells(csv)
    expect(cells).toContain(`'${name}`)
    expect(cells).toContain('10688.00')
    expect(cells.filter((c) => c.startsWith("'")).every((c) => c === `'${name}`)).toBe(true)
  })

  it.each(HOSTILE_NAMES)('%j is a text cell, never a formula, in the portfolio XLSX', async (name) => {
    ctx.db.prepare('UPDATE merchants SET name = ? WHERE id = 1').run(name)
    const { doc } = buildDocument(ctx.db, { type: 'portfolio', ...june })
    const cells = await xlsxCells(await renderFile(doc, 'xlsx'))
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([])
    const named = cells.filter((c) => typeof c.value === 'string' && c.value.includes(name.trim()))
    expect(named.length).toBeGreaterThan(0)
    expect(named.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true)
  })
})

describe('merchant export', () => {
  it('writes formula-like names and fields as text and reads them back unchanged', () => {
    const { db, dir, admin } = fixture()
    const names = HOSTILE_NAMES.filter((n) => n.trim() === n)
    for (const name of names) {
      const made = createMerchant(db, admin, { name, country: 'NO', contactName: '@Ola', notes: '=1+1' })
      expect(made.ok).toBe(true)
    }
    const file = join(dir, 'merchants.csv')
    exportMerchantsCsv(db, file)
    const text = readFileSync(file, 'utf8')
    expect(csvFormulas(text)).toEqual([])
    expect(csvCells(text)).toContain(`'${names[0]}`)

    const other = fixture()
    const back = importMerchantFile(other.db, other.admin, file, { commit: true })
    expect(back).toMatchObject({ rows: names.length, imported: names.length, rejected: 0 })
    const stored = other.db.prepare('SELECT name, contact_name AS contact, notes FROM merchants ORDER BY name').all()
    expect(stored).toEqual([...names].sort().map((name) => ({ name, contact: '@Ola', notes: '=1+1' })))
  })
})

describe('the shared CSV cell', () => {
  it('prefixes an apostrophe to text a spreadsheet would run, and leaves numbers as numbers', () => {
    expect(csvLine(['=1+1', '@SUM(1)', '+cmd', '-2+3', '\tx', ' =1', 'Fjord Gaver', '-'])).toBe(
      `'=1+1,'@SUM(1),'+cmd,'-2+3,'\tx,' =1,Fjord Gaver,'-`
    )
    expect(csvLine([-12.5, '-12.50', '+5', '-0.5', '1e3', 0, null])).toBe('-12.5,-12.50,+5,-0.5,1e3,0,')
  })

  it('reads back every text exactly, and no cell it writes runs as a formula', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_NAMES, '-12.50', "'=x", "'"))
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';', '\t'), (cells, delimiter) => {
        const [read] = parse(csvLine([...cells, 'end'], delimiter), { delimiter }) as string[][]
        expect(read.some(runsAsFormula)).toBe(false)
        expect(read.map(fromSpreadsheetText)).toEqual([...cells, 'end'])
      }),
      { numRuns: 300, seed: 19 }
    )
  })
})

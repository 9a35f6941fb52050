import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { stats } from '../../../src/core/analytics/stats'
import { buildDocument, renderFile } from '../../../src/core/reports/render'
import { REPORT_LOCALES, REPORT_TYPES } from '../../../src/core/reports/params'
import { fixtureStore } from './fixture'

const ctx = fixtureStore()
afterAll(() => ctx.db.close())
const june = { from: '2018-06-01', to: '2018-06-30' }
const paramsFor = (type: (typeof REPORT_TYPES)[number], locale: (typeof REPORT_LOCALES)[number] = 'en') => ({
  type,
  ...june,
  locale,
  ...(type === 'statement' ? { merchant: 'Fjord Gaver' } : {})
})

describe('self-contained HTML', () => {
  it.each(REPORT_TYPES)('%s holds no URL, script or external resource', (type) => {
    const { html } = buildDocument(ctx.db, paramsFor(type))
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\/\//)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i)
    expect(html).toContain("default-src 'none'")
    expect(html).toMatch(/@page \{ size: A4/)
    expect(html).toContain('counter(pages)')
  })

  it('statement names the merchant and shows its totals, in English and bokmål', () => {
    const en = buildDocument(ctx.db, paramsFor('statement')).html
    expect(en).toContain('Merchant: Fjord Gaver')
    expect(en).toMatch(/NOK\s10,688\.00/)
    expect(en).toMatch(/NOK\s1,781\.33/)
    expect(en).toContain('<svg')
    const nb = buildDocument(ctx.db, paramsFor('statement', 'nb')).html
    expect(nb).toContain('Brukersted: Fjord Gaver')
    expect(nb).toMatch(/10\s688,00\skr/)
    expect(nb).toContain('Innenlandske kort')
    expect(nb).not.toContain('Domestic cards')
  })

  it('says when amounts were converted at approximate rates, and not otherwise', () => {
    const dkk = buildDocument(ctx.db, { ...paramsFor('statement'), merchant: 'Amber House' }).html
    expect(dkk).toContain('approximate reference rates')
    expect(buildDocument(ctx.db, paramsFor('statement')).html).not.toContain('approximate reference rates')
  })

  it('escapes names a person typed', () => {
    ctx.db.prepare('UPDATE merchants SET name = \'<b>Fjord</b> & "Gaver"\' WHERE id = 1').run()
    try {
      const { html } = buildDocument(ctx.db, { ...paramsFor('statement'), merchant: '<b>Fjord</b> & "Gaver"' })
      expect(html).toContain('&lt;b&gt;Fjord&lt;/b&gt; &amp; &quot;Gaver&quot;')
      expect(html).not.toContain('<b>Fjord')
    } finally {
      ctx.db.prepare("UPDATE merchants SET name = 'Fjord Gaver' WHERE id = 1").run()
    }
  })
})

describe('CSV', () => {
  it('puts every table in one file as titled sections with machine-readable numbers', async () => {
    const { doc } = buildDocument(ctx.db, paramsFor('statement'))
    const text = (await renderFile(doc, 'csv')).toString('utf8')
    expect(text.startsWith('\uFEFFMerchant statement\r\n')).toBe(true)
    const sections = text.trimEnd().split('\r\n\r\n')
    expect(sections.map((s) => s.replace('\uFEFF', '').split('\r\n')[0])).toEqual([
      'Merchant statement',
      'Summary',
      'Sales by segment',
      'Daily sales'
    ])
    expect(sections[2]).toContain('Total,6,10688.00,100.00,10588.00,13.00,10575.00,1781.33,2000.00,434.4')
    expect(sections[2]).toContain('"Cards, origin unknown",1,200.00')
    expect(sections[3].split('\r\n')).toHaveLength(2 + 30)
  })
})

describe('XLSX', () => {
  it('opens with one sheet per table and numeric cells with currency formats', async () => {
    const { doc, model } = buildDocument(ctx.db, paramsFor('portfolio'))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await renderFile(doc, 'xlsx')) as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Alipay vs card', 'Top merchants', 'Monthly trend'])
    const segments = stats(ctx.db, { ...june, currency: 'NOK' }).segments
    const sheet = wb.getWorksheet('Alipay vs card')!
    expect(sheet.getRow(2).getCell(1).value).toBe('Alipay')
    const gross = sheet.getRow(2).getCell(3)
    expect(typeof gross.value).toBe('number')
    expect(gross.value).toBe(Number(segments.alipay.gross))
    expect(gross.numFmt).toBe('#,##0.00 "NOK"')
    expect(sheet.getRow(3).getCell(2).value).toBe(segments.card.count)
    const share = sheet.getRow(2).getCell(5)
    expect(share.numFmt).toBe('0.0%')
    expect(share.value).toBeCloseTo(Number(model.type === 'portfolio' ? model.alipayVsCard[0].sharePct : 0) / 100, 6)
    const top = wb.getWorksheet('Top merchants')!
    expect(top.getRow(2).getCell(1).value).toBe('Fjord Gaver')
    expect(top.getRow(2).getCell(6).value).toBe(10688)
  })

  it('stores days as dates in the statement', async () => {
    const { doc } = buildDocument(ctx.db, paramsFor('statement', 'nb'))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await renderFile(doc, 'xlsx')) as unknown as ArrayBuffer)
    const daily = wb.getWorksheet('Salg per dag')!
    expect(daily.getRow(2).getCell(1).value).toEqual(new Date('2018-06-01T00:00:00Z'))
    expect(daily.getRow(2).getCell(3).value).toBe(4000)
  })
})

describe('every report in every file format and language', () => {
  const cases = REPORT_TYPES.flatMap((type) => REPORT_LOCALES.map((locale) => [type, locale] as const))
  it.each(cases)('%s in %s: CSV sections and XLSX sheets match the tables', async (type, locale) => {
    const { doc } = buildDocument(ctx.db, paramsFor(type, locale))
    const tables = doc.blocks.filter((b) => b.kind === 'table')
    const csv = (await renderFile(doc, 'csv')).toString('utf8')
    expect(csv.trimEnd().split('\r\n\r\n')).toHaveLength(2 + tables.length)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await renderFile(doc, 'xlsx')) as unknown as ArrayBuffer)
    expect(wb.worksheets).toHaveLength(1 + tables.length)
    const numeric = wb.worksheets.slice(1).flatMap((ws) =>
      ws
        .getSheetValues()
        .slice(2)
        .flatMap((row) => (Array.isArray(row) ? row : []))
    )
    expect(numeric.some((v) => typeof v === 'number')).toBe(true)
  })
})

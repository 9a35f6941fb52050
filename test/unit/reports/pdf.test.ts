// Needs a Chromium (CI installs Debian's /usr/bin/chromium): prints real PDFs and screenshots.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { generateDemo } from '../../../src/core/demo/generate'
import { exportReport } from '../../../src/core/reports/export'
import { findChromium, printPdf } from '../../../src/core/reports/pdf'
import { buildDocument } from '../../../src/core/reports/render'
import { REPORT_TYPES } from '../../../src/core/reports/params'
import { fixtureStore } from './fixture'

const RESULTS = resolve(import.meta.dirname, '../../../test-results/reports')
const out = mkdtempSync(join(tmpdir(), 'kassa-pdf-test-'))
const fixture = fixtureStore()
afterAll(() => fixture.db.close())

async function pdfText(file: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages
}

describe('PDF', () => {
  it('finds a Chromium to print with', () => {
    expect(findChromium()).not.toBeNull()
  })

  it('says what is missing when no engine is installed', async () => {
    await expect(printPdf('<p>x</p>', { electron: () => null, chromium: () => null })).rejects.toThrow(
      /neither the Electron runtime \(node_modules\/electron\) nor a Chromium browser was found.*apt-get install chromium/
    )
  })

  it('names the merchant and shows its totals, with the scope and page numbers on every page', async () => {
    const file = join(out, 'statement.pdf')
    const params = { type: 'statement' as const, merchant: 'Fjord Gaver', from: '2018-06-01', to: '2018-06-30' }
    const result = await exportReport(fixture.db, params, 'pdf', file)
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    expect(result.bytes).toBeGreaterThan(1000)
    const pages = await pdfText(file)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    const all = pages.join(' ').replace(/\s+/g, ' ')
    expect(all).toContain('Merchant statement')
    expect(all).toContain('Merchant: Fjord Gaver')
    expect(all).toMatch(/NOK 10,688\.00/)
    expect(all).toMatch(/NOK 10,588\.00/)
    expect(all).toMatch(/NOK 1,781\.33/)
    pages.forEach((text, i) => {
      expect(text).toContain('Fjord Gaver · Jun 1, 2018 – Jun 30, 2018')
      expect(text).toContain(`Page ${i + 1} / ${pages.length}`)
    })
  })

  it('prints in bokmål', async () => {
    const file = join(out, 'statement-nb.pdf')
    await exportReport(
      fixture.db,
      { type: 'statement', merchant: 'Fjord Gaver', from: '2018-06-01', to: '2018-06-30', locale: 'nb' },
      'pdf',
      file
    )
    const all = (await pdfText(file)).join(' ').replace(/\s+/g, ' ')
    expect(all).toContain('Brukersted: Fjord Gaver')
    expect(all).toMatch(/10 688,00 kr/)
    expect(all).toContain('Side 1 /')
  })
})

describe('screenshots of each report', () => {
  it('renders every report from demo data and keeps a screenshot under test-results/reports', async () => {
    const demo = createContext({ dbPath: join(out, 'demo.sqlite') })
    generateDemo(demo.db, { transactions: 6000, seed: 7 })
    const merchant = (
      demo.db.prepare("SELECT name FROM merchants WHERE country = 'NO' ORDER BY id LIMIT 1").get() as { name: string }
    ).name
    mkdirSync(RESULTS, { recursive: true })
    const browser = await chromium.launch({ executablePath: findChromium()!, args: ['--no-sandbox', '--disable-gpu'] })
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      for (const type of REPORT_TYPES) {
        for (const locale of ['en', 'nb'] as const) {
          // A statement is usually a month or a quarter (its daily table has a row per day); the others span a year.
          const { html, doc } = buildDocument(demo.db, {
            type,
            merchant: type === 'statement' ? merchant : undefined,
            from: type === 'statement' ? '2018-06-01' : '2018-04-01',
            to: type === 'statement' ? '2018-08-31' : '2019-03-31',
            locale
          })
          await page.setContent(html)
          await expect(page.locator('h1').textContent()).resolves.toBe(doc.title)
          await page.screenshot({ path: join(RESULTS, `${type}-${locale}.png`), fullPage: true })
        }
      }
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([])
    } finally {
      await browser.close()
      demo.db.close()
    }
  })
})

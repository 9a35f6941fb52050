// A chart's "Data as CSV" download writes merchant names a spreadsheet would run as formulas as text.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { csvCells, csvFormulas } from '../unit/outputs/spreadsheet'

describe('chart data downloads', () => {
  let app: AppHandle

  beforeAll(async () => {
    app = await openApp({ demo: { transactions: 3_000, seed: 7 }, hash: '#/dashboard' })
    app.ctx.db.prepare(`UPDATE merchants SET name = '=HYPERLINK("http://x","y") ' || id`).run()
    await app.page.reload()
  })
  afterAll(async () => {
    await app?.close()
  })

  it.each(['top', 'by-merchant'])('%s: formula-like names are text, amounts stay numbers', async (chart) => {
    const { page } = app
    await page.getByTestId(`${chart}-frame`).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`${chart}-csv`).click()])
    const text = readFileSync((await download.path())!, 'utf8')
    expect(csvFormulas(text)).toEqual([])
    const cells = csvCells(text)
    expect(cells.some((c) => c.startsWith(`'=HYPERLINK("http://x","y") `))).toBe(true)
    expect(cells.some((c) => /^\d+\.\d{2}$/.test(c))).toBe(true)
    app.assertNoErrors()
  })
})

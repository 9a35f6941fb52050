// The Reports screen end to end: build a merchant statement from demo data, check the figures it shows
// against core's stats for the same filters, preview the very file a save writes, and save it as PDF.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { stats } from '../../src/core/analytics/stats'
import { count, minor, money } from './intl'

const saveDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-reports-'))
const savePath = join(saveDir, 'statement.pdf')
const cents = (decimal: string) => Math.round(Number(decimal) * 100)

describe('reports screen', () => {
  let app: AppHandle
  let merchant: string

  beforeAll(async () => {
    app = await openApp({ demo: { transactions: 5_000, seed: 11 }, hash: '#/reports', savePath })
    merchant = (
      app.ctx.db.prepare("SELECT name FROM merchants WHERE country = 'NO' ORDER BY id LIMIT 1").get() as { name: string }
    ).name
  })

  afterAll(async () => {
    await app?.close()
  })

  it('builds a statement whose figures equal core’s stats for that merchant and period', async () => {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor()
    await page.getByTestId('report-type').selectOption('statement')
    await page.getByTestId('report-merchant').selectOption(merchant)
    await page.getByTestId('report-from').fill('2018-06-01')
    await page.getByTestId('report-to').fill('2018-08-31')
    await page.getByTestId('report-build').click()
    await page.getByTestId('report-preview').waitFor()

    const s = stats(app.ctx.db, { merchant, from: '2018-06-01', to: '2018-08-31', currency: 'NOK' }).segments
    const gross = cents(s.alipay.gross) + cents(s.card.gross)
    const refunds = cents(s.alipay.refunds) + cents(s.card.refunds)
    const payments = s.alipay.count + s.card.count
    expect(payments).toBeGreaterThan(0)

    expect(await page.getByTestId('report-title').textContent()).toBe('Merchant statement')
    expect(await page.getByTestId('report-scope').textContent()).toContain(`Merchant: ${merchant}`)
    const kpis = page.getByTestId('report-kpis')
    const card = (label: string) =>
      kpis.locator('.kpi', { has: page.locator('.kpi-label', { hasText: new RegExp(`^${label}$`) }) }).locator('.kpi-value')
    expect(await card('Gross sales').textContent()).toBe(minor(gross, 'NOK', 'en'))
    expect(await card('Refunds').textContent()).toBe(minor(refunds, 'NOK', 'en'))
    expect(await card('Net sales').textContent()).toBe(minor(gross - refunds, 'NOK', 'en'))
    expect(await card('Payments').textContent()).toBe(count(payments, 'en'))

    // The preview is the saved file itself: its segment table shows stats' figures per segment.
    const frame = page.frameLocator('[data-testid=report-frame]')
    await frame.locator('h1').waitFor()
    expect(await frame.locator('.scope').textContent()).toBe(`Merchant: ${merchant}`)
    const segments = frame.locator('[data-table=segments] tbody tr')
    const rowText = async (label: string) =>
      ((await segments.filter({ hasText: label }).first().textContent()) ?? '').replace(/\s+/g, ' ')
    expect(await rowText('Alipay')).toContain(money(s.alipay.gross, 'NOK', 'en').replace(/\s+/g, ' '))
    expect(await rowText('Domestic cards')).toContain(money(s.card_domestic.gross, 'NOK', 'en').replace(/\s+/g, ' '))
    expect(await rowText('Chinese cards')).toContain(money(s.card_cn.average, 'NOK', 'en').replace(/\s+/g, ' '))
    expect(await rowText('Total')).toContain(minor(gross, 'NOK', 'en').replace(/\s+/g, ' '))
    expect(await frame.locator('[data-table=daily] tbody tr').count()).toBe(92)
    await app.screenshot('reports-01-statement')
  })

  it('saves the statement as a PDF through the save dialog', async () => {
    const { page } = app
    await page.getByTestId('report-save-pdf').click()
    await page.getByTestId('report-saved').waitFor({ timeout: 120_000 })
    expect(await page.getByTestId('report-saved').textContent()).toContain(savePath)
    expect(existsSync(savePath)).toBe(true)
    expect(readFileSync(savePath).subarray(0, 5).toString()).toBe('%PDF-')
    await page.getByTestId('report-open').click()
    await expect.poll(() => app.opened).toEqual([savePath])
  })

  it('builds a portfolio for a country in bokmål and EUR, equal to stats for that country', async () => {
    const { page } = app
    await page.getByTestId('report-type').selectOption('portfolio')
    await page.getByTestId('report-country').selectOption('NO')
    await page.getByTestId('report-currency').selectOption('EUR')
    await page.getByTestId('report-locale').selectOption('nb')
    await page.getByTestId('report-build').click()
    await expect.poll(() => page.getByTestId('report-title').textContent(), { timeout: 60_000 }).toBe('Porteføljerapport')
    const s = stats(app.ctx.db, { country: 'NO', from: '2018-06-01', to: '2018-08-31', currency: 'EUR' }).segments
    const kpis = page.getByTestId('report-kpis')
    const card = (label: string) =>
      kpis.locator('.kpi', { has: page.locator('.kpi-label', { hasText: new RegExp(`^${label}$`) }) }).locator('.kpi-value')
    expect(await card('Snittkjøp Alipay').textContent()).toBe(money(s.alipay.average, 'EUR', 'nb'))
    expect(await card('Snittkjøp kort').textContent()).toBe(money(s.card.average, 'EUR', 'nb'))
    expect(await card('Betalinger').textContent()).toBe(count(s.alipay.count + s.card.count, 'nb'))
    await app.screenshot('reports-02-portfolio-nb')
  })

  it('shows a clear error for an empty period', async () => {
    const { page } = app
    await page.getByTestId('report-type').selectOption('statement')
    await page.getByTestId('report-merchant').selectOption(merchant)
    await page.getByTestId('report-from').fill('2030-01-01')
    await page.getByTestId('report-to').fill('2030-01-31')
    await page.getByTestId('report-build').click()
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 })
      .toContain(`no sales for "${merchant}" between 2030-01-01 and 2030-01-31`)
    app.assertNoErrors()
  })
})

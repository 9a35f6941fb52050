// Spend analytics end to end: filters change the figures exactly as core computes them, the URL keeps the
// filters, a heatmap cell drills into Transactions with those filters, and a row opens its details.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { dashboard } from '../../src/core/analytics/dashboard'
import type { DashboardFilter } from '../../src/core/analytics/dashboard-filter'
import { transactionsPage } from '../../src/core/analytics/transactions'
import { count, money } from './intl'

describe('analytics: dashboard filters, drill-down, transaction details', () => {
  let app: AppHandle

  beforeAll(async () => {
    app = await openApp({
      demo: { transactions: 6_000, seed: 4 },
      hash: '#/dashboard',
      pickFiles: [[join(import.meta.dirname, '../unit/analytics/fixtures/norges-bank-exr.csv')]]
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  const text = async (testid: string) => ((await app.page.getByTestId(testid).first().textContent()) ?? '').trim()

  async function expectKpis(filter: DashboardFilter) {
    const d = dashboard(app.ctx.db, { currency: 'NOK', ...filter })
    const s = d.kpis.segments
    const nok = (v: string) => money(v, 'NOK', 'en')
    await expect.poll(() => text('kpi-alipay-average'), { timeout: 20_000 }).toBe(nok(s.alipay.average))
    expect(await text('kpi-card-domestic-average')).toBe(nok(s.card_domestic.average))
    expect(await text('kpi-card-domestic-average-detail')).toContain(count(s.card_domestic.count, 'en'))
    for (const key of ['alipay', 'card', 'card_domestic', 'card_cn', 'card_foreign', 'chinese_customers'] as const) {
      const row = app.page.getByTestId(`segment-${key}`)
      expect((await row.locator('[data-field=count]').textContent())?.trim()).toBe(count(s[key].count, 'en'))
      expect((await row.locator('[data-field=gross]').textContent())?.trim()).toBe(nok(s[key].gross))
      expect((await row.locator('[data-field=median]').textContent())?.trim()).toBe(`≈ ${nok(s[key].median)}`)
    }
    return d
  }

  it('shows every breakdown and chart for all data, with core’s figures', async () => {
    await expectKpis({})
    for (const id of [
      'volume-chart',
      'by-country-frame',
      'by-merchant-frame',
      'by-store-frame',
      'tickets-frame',
      'adoption-frame',
      'top-frame'
    ])
      await app.page.getByTestId(id).waitFor()
    expect(await app.page.locator('[data-testid=heatmap] td button').count()).toBeGreaterThan(20)
    await app.screenshot('analytics-01-dashboard-all')
  })

  it('filters by country and preset, keeps them in the URL and shows core’s figures', async () => {
    const { page } = app
    await page.getByTestId('filter-country-NO').check()
    await page.waitForURL(/country=NO/)
    await expectKpis({ countries: ['NO'] })
    await page.getByTestId('filter-preset').selectOption('last_12_months')
    await page.waitForURL(/preset=last_12_months/)
    const d = await expectKpis({ countries: ['NO'], preset: 'last_12_months' })
    expect(await text('dashboard-period')).toContain(String(Number(d.range.from.slice(0, 4))))
    await page.getByTestId('filter-method-card').check()
    await page.getByTestId('filter-origin-cn').check()
    await expectKpis({ countries: ['NO'], preset: 'last_12_months', methods: ['card'], cardOrigins: ['cn'] })
    await app.screenshot('analytics-02-dashboard-filtered')
    await page.getByTestId('filter-reset').click()
    await page.waitForURL(/#\/dashboard$/)
    await expectKpis({})
  })

  it('saves the filters as a named view, reopens and deletes it', async () => {
    const { page } = app
    await page.getByTestId('filter-country-DK').check()
    await page.waitForURL(/country=DK/)
    await page.getByTestId('view-name').fill('Danish shops')
    await page.getByTestId('view-save').click()
    await expect.poll(async () => (await app.call('analytics.views.list', {})).map((v) => v.name)).toEqual(['Danish shops'])
    await page.getByTestId('filter-reset').click()
    await page.waitForURL(/#\/dashboard$/)
    await page.getByTestId('views').selectOption({ label: 'Danish shops' })
    await page.waitForURL(/country=DK/)
    await expectKpis({ countries: ['DK'] })
    await page.getByTestId('view-delete').click()
    await expect.poll(async () => (await app.call('analytics.views.list', {})).length).toBe(0)
    await page.getByTestId('filter-reset').click()
    await page.waitForURL(/#\/dashboard$/)
  })

  it('drills from a heatmap cell into Transactions with the filters applied, and opens a row', async () => {
    const { page } = app
    await page.getByTestId('filter-country-SE').check()
    await expectKpis({ countries: ['SE'] })
    const d = dashboard(app.ctx.db, { countries: ['SE'] })
    // The busiest cell of Swedish shops
    let best = { w: 0, h: 0, n: -1 }
    d.heatmap.counts.forEach((row, w) => row.forEach((n, h) => n > best.n && (best = { w, h, n })))
    await page.getByTestId(`heat-${best.w}-${best.h}`).locator('button').click()
    await page.waitForURL(/#\/transactions\?/)
    expect(page.url()).toContain('country=SE')
    expect(page.url()).toContain(`weekday=${best.w}`)
    expect(page.url()).toContain(`hour=${best.h}`)
    const expected = transactionsPage(app.ctx.db, {
      preset: 'custom',
      from: d.range.from,
      to: d.range.to,
      countries: ['SE'],
      weekday: best.w,
      hour: best.h,
      limit: 200
    })
    expect(expected.rows.length).toBeGreaterThan(0)
    await page.getByTestId(`transaction-${expected.rows[0].id}`).waitFor()
    expect(await text('chip-hour')).toContain(String(best.h).padStart(2, '0'))
    const shown = await page.locator('.tx-row').count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThanOrEqual(Math.min(expected.rows.length, 60))
    await app.screenshot('analytics-03-transactions-drilled')

    const first = expected.rows[0]
    await page.getByTestId(`transaction-${first.id}`).click()
    const panel = page.getByTestId('transaction-details')
    await panel.waitFor()
    expect(await text('details-merchant')).toBe(first.merchant)
    expect(await panel.locator('[data-field=external_id]').textContent()).toBe(first.externalId)
    expect(await panel.locator('[data-testid=details-batch]').textContent()).toContain('Demo data')
    await app.screenshot('analytics-04-transaction-details')
  })

  it('sorts by amount and searches by merchant over keyset pages', async () => {
    const { page } = app
    await page.goto(page.url().split('#')[0] + '#/transactions')
    await page.getByTestId('tx-sort').selectOption('amount')
    await page.waitForURL(/sort=amount/)
    const top = transactionsPage(app.ctx.db, { sort: 'amount', limit: 1 })
    await page.getByTestId(`transaction-${top.rows[0].id}`).waitFor()
    await page.getByTestId('tx-search').fill('Bryggen')
    await page.waitForURL(/q=Bryggen/)
    const found = transactionsPage(app.ctx.db, { sort: 'amount', search: 'Bryggen', limit: 1 })
    await page.getByTestId(`transaction-${found.rows[0].id}`).waitFor()
    const merchants = await page.locator('.tx-row span:nth-child(2)').allTextContents()
    expect(merchants.every((m) => m.includes('Bryggen'))).toBe(true)
    app.assertNoErrors()
  })

  it('imports a Norges Bank rates file and corrects a rate on the Settings screen; the dashboard follows', async () => {
    const { page } = app
    await page.goto(page.url().split('#')[0] + '#/settings')
    await page.getByTestId('fx-import').click()
    await expect.poll(() => text('fx-import-summary')).toContain('8 rates saved from norges-bank-exr.csv')
    const june: DashboardFilter = { preset: 'custom', from: '2018-06-01', to: '2018-06-30', countries: ['DK'] }
    const before = dashboard(app.ctx.db, june).kpis.segments.card.gross
    await page.getByTestId('fx-edit-currency').selectOption('DKK')
    await page.getByTestId('fx-edit-day').fill('2018-06-01')
    await page.getByTestId('fx-edit-rate').fill('2,5')
    await page.getByTestId('fx-edit-save').click()
    await expect.poll(() => text('fx-edit-saved')).toContain('DKK')
    const rates = await app.call('fx.list', {})
    expect(rates.find((r) => r.currency === 'DKK' && r.day === '2018-06-01')).toMatchObject({ nokPerUnit: 2.5, source: 'manual' })
    const after = dashboard(app.ctx.db, june).kpis.segments.card.gross
    expect(Number(after)).toBeGreaterThan(Number(before))
    await page.goto(page.url().split('#')[0] + '#/dashboard?preset=custom&from=2018-06-01&to=2018-06-30&country=DK')
    await expect
      .poll(() => page.getByTestId('segment-card').locator('[data-field=gross]').textContent())
      .toBe(money(after, 'NOK', 'en'))
    await app.screenshot('analytics-05-settings-fx')
    app.assertNoErrors()
  })
})

// The walking skeleton end to end: empty store → welcome → demo data → dashboard figures equal to core's
// stats, in both languages and two reporting currencies, and every screen showing real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { stats } from '../../src/core/analytics/stats'
import { count as formatNumber, money as formatMoney, multiple } from './intl'

const DEMO = 5_000

describe('foundation: welcome, dashboard, navigation', () => {
  let app: AppHandle

  beforeAll(async () => {
    app = await openApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  const text = async (testid: string) => ((await app.page.getByTestId(testid).first().textContent()) ?? '').trim()

  async function expectDashboard(currency: 'NOK' | 'EUR', locale: 'en' | 'nb') {
    const expected = stats(app.ctx.db, { currency })
    const s = expected.segments
    const money = (v: string) => formatMoney(v, currency, locale)
    await expect.poll(() => text('kpi-alipay-average')).toBe(money(s.alipay.average))
    expect(await text('kpi-card-average')).toBe(money(s.card.average))
    expect(await text('kpi-card-cn-average')).toBe(money(s.card_cn.average))
    expect(await text('kpi-card-domestic-average')).toBe(money(s.card_domestic.average))
    expect(await text('kpi-alipay-average-detail')).toContain(formatNumber(s.alipay.count, locale))
    expect(await text('kpi-card-domestic-average-detail')).toContain(formatNumber(s.card_domestic.count, locale))
    expect(await text('kpi-chinese-multiple')).toBe(multiple(s.chinese_customers.average, s.card_domestic.average, locale))
    for (const key of ['alipay', 'card', 'card_domestic', 'card_cn', 'card_foreign', 'chinese_customers'] as const) {
      const row = app.page.getByTestId(`segment-${key}`)
      expect((await row.locator('[data-field=count]').textContent())?.trim()).toBe(formatNumber(s[key].count, locale))
      expect((await row.locator('[data-field=gross]').textContent())?.trim()).toBe(money(s[key].gross))
      expect((await row.locator('[data-field=refunds]').textContent())?.trim()).toBe(money(s[key].refunds))
      expect((await row.locator('[data-field=net]').textContent())?.trim()).toBe(money(s[key].net))
      expect((await row.locator('[data-field=average]').textContent())?.trim()).toBe(money(s[key].average))
    }
    expect(await app.page.getByTestId('fx-approximate').isVisible()).toBe(expected.fx.approximate)
    await expect.poll(() => app.page.locator('[data-testid=volume-chart] canvas').count()).toBe(1)
    return expected
  }

  it('opens on the welcome screen when the store is empty', async () => {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kassa' }).waitFor()
    expect(await page.getByTestId('load-demo').textContent()).toContain('Load demo data')
    expect(await page.getByTestId('go-import').textContent()).toContain('Import a file')
    await app.screenshot('foundation-01-welcome')
    // "Import a file" leads to the Import screen; the dashboard of an empty store leads back here.
    await page.getByTestId('go-import').click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByTestId('nav-dashboard').click()
    await page.getByRole('heading', { name: 'Welcome to Kassa' }).waitFor()
    expect(page.url()).toMatch(/#\/welcome$/)
  })

  it('loads demo data with one click and lands on the dashboard with core’s figures', async () => {
    const { page } = app
    await page.getByTestId('demo-size').selectOption(String(DEMO))
    await page.getByTestId('load-demo').click()
    await page.waitForURL(/#\/dashboard$/, { timeout: 120_000 })
    const status = await app.call('app.status', {})
    expect(status.empty).toBe(false)
    expect(status.transactions).toBeGreaterThanOrEqual(DEMO)
    expect(app.events.some((e) => e.channel === 'demo:progress')).toBe(true)

    const expected = await expectDashboard('NOK', 'en')
    // The English form is "NOK 4,000.00": ISO code, comma grouping, point decimals.
    expect(await text('kpi-alipay-average')).toMatch(/^NOK\s\d{1,3}(,\d{3})*\.\d{2}$/)
    expect(expected.segments.alipay.count).toBeGreaterThan(0)
    expect(expected.segments.card_domestic.count).toBeGreaterThan(0)
    await app.screenshot('foundation-02-dashboard-en-nok')
  })

  it('switches to Norwegian bokmål and formats money the Norwegian way', async () => {
    const { page } = app
    await page.locator('.sidebar').getByTestId('locale-select').selectOption('nb')
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor()
    const expected = await expectDashboard('NOK', 'nb')
    // e.g. "4 012,37 kr": space (NBSP) grouping, decimal comma, "kr" for NOK.
    const shown = await text('kpi-alipay-average')
    expect(shown).toMatch(
      /^\d{1,3}([\s\u00a0\u202f]\d{3})*,\d{2}[\s\u00a0]kr$|^kr[\s\u00a0]\d{1,3}([\s\u00a0\u202f]\d{3})*,\d{2}$/
    )
    expect(shown.replace(/[^\d,]/g, '').replace(',', '.')).toBe(expected.segments.alipay.average)
    expect((await app.call('settings.get', {})).locale).toBe('nb')
    expect(await page.title()).toBe('Oversikt – Kassa')
    expect(await page.getAttribute('html', 'lang')).toBe('nb')
    await app.screenshot('foundation-03-dashboard-nb-nok')
  })

  it('switches the reporting currency and shows the figures converted by core', async () => {
    const { page } = app
    const nok = stats(app.ctx.db, { currency: 'NOK' })
    await page.locator('.sidebar').getByTestId('currency-select').selectOption('EUR')
    const eur = await expectDashboard('EUR', 'nb')
    expect(eur.segments.alipay.average).not.toBe(nok.segments.alipay.average)
    expect(await text('kpi-alipay-average')).toContain('€')
    expect((await app.call('settings.get', {})).currency).toBe('EUR')
    await app.screenshot('foundation-04-dashboard-nb-eur')
  })

  it('keeps language and currency after a reload', async () => {
    const { page } = app
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor()
    await expectDashboard('EUR', 'nb')
    // Back to NOK for the remaining screens.
    await page.locator('.sidebar').getByTestId('currency-select').selectOption('NOK')
    await expectDashboard('NOK', 'nb')
  })

  it('shows the newest transactions and loads more on request', async () => {
    const { page } = app
    await page.getByTestId('nav-transactions').click()
    await page.getByRole('heading', { level: 1, name: 'Transaksjoner' }).waitFor()
    // A virtualised table: keyset pages of 200, only the rows in view are in the DOM.
    const rows = page.locator('[data-testid=transactions-table] .tx-row')
    const newest = await app.call('analytics.transactions', { limit: 200 })
    const first = newest.rows[0]
    await page.getByTestId(`transaction-${first.id}`).waitFor()
    expect(await rows.count()).toBeLessThan(100)
    const signed = first.kind === 'refund' ? '-' + first.amount : first.amount
    expect((await page.getByTestId(`transaction-${first.id}`).locator('[data-field=amount]').textContent())?.trim()).toBe(
      formatMoney(signed, first.currency, 'nb')
    )
    expect(await page.getByTestId(`transaction-${first.id}`).textContent()).toContain(first.merchant)
    expect(await page.getByTestId('transactions-count').textContent()).toContain('200')
    await page.getByTestId('load-more').click()
    await expect.poll(() => page.getByTestId('transactions-count').textContent()).toContain('400')
    const second = await app.call('analytics.transactions', { limit: 200, after: newest.next! })
    await page.getByTestId('transactions-table').evaluate((el) => (el.scrollTop = 200 * 32))
    await page.getByTestId(`transaction-${second.rows[0].id}`).waitFor()
    await app.screenshot('foundation-05-transactions', { fullPage: false })
  })

  it('opens the import screen with its history', async () => {
    const { page } = app
    await page.getByTestId('nav-import').click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    // Demo batches are not files; the history lists imported files (none yet) — either way it is shown.
    await page.locator('[data-testid=imports-table], [data-testid=imports-empty]').first().waitFor()
    await app.screenshot('foundation-06-import')
  })

  it('lists every merchant', async () => {
    const { page } = app
    await page.getByTestId('nav-merchants').click()
    const merchants = await app.call('merchants.list', {})
    expect(merchants.length).toBeGreaterThan(0)
    await expect.poll(() => text('merchants-count')).toBe(`${formatNumber(merchants.length, 'nb')} brukersteder`)
    await expect.poll(() => page.locator('[data-testid=merchants-table] tbody tr').count()).toBe(merchants.length)
    expect(await page.locator('[data-testid=merchants-table] tbody tr').first().textContent()).toContain(merchants[0].name)
    await app.screenshot('foundation-07-merchants')
  })

  it('describes the reports', async () => {
    const { page } = app
    await page.getByTestId('nav-reports').click()
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor()
    expect(await page.locator('[data-testid=reports-list] li').count()).toBeGreaterThan(0)
    await app.screenshot('foundation-08-reports')
  })

  it('shows settings and the exchange rates labelled as approximate', async () => {
    const { page } = app
    await page.getByTestId('nav-settings').click()
    await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor()
    const rates = await app.call('fx.list', {})
    expect(rates.length).toBeGreaterThan(0)
    const days = [...new Set(rates.map((r) => r.day))].sort().reverse()
    const tableRows = page.locator('[data-testid=fx-table] tbody tr')
    await expect.poll(() => tableRows.count()).toBe(Math.min(days.length, 24))
    expect(await text('fx-count')).toContain(formatNumber(days.length, 'nb'))
    // The newest EUR rate, as stored, in Norwegian notation and marked ≈ when approximate.
    const eur = rates.find((r) => r.currency === 'EUR' && r.day === days[0])
    if (eur) {
      const cell = ((await page.getByTestId(`fx-${days[0]}`).locator('[data-currency=EUR]').textContent()) ?? '').trim()
      const rate = new Intl.NumberFormat('nb', { minimumFractionDigits: 4, maximumFractionDigits: 6 }).format(eur.nokPerUnit)
      expect(cell).toBe(eur.approximate ? `≈ ${rate}` : rate)
    }
    if (rates.some((r) => r.approximate)) expect(await text('fx-approximate-label')).toBe('omtrentlige referansekurser')
    if (days.length > 24) {
      await page.getByTestId('fx-toggle').click()
      await expect.poll(() => tableRows.count()).toBe(days.length)
      await page.getByTestId('fx-toggle').click()
    }
    expect(await page.getByTestId('settings-locale-select').inputValue()).toBe('nb')
    expect(await text('db-path')).toBe(app.ctx.dbPath)
    await app.screenshot('foundation-09-settings')
    app.assertNoErrors()
  })

  it('enforces the content security policy: no eval-like strings, no inline script, no remote requests', async () => {
    const { page } = app
    // A string, so this Node-typed test needs no DOM types; it runs in the page like any script would.
    const verdict = await page.evaluate(`(async () => {
      // A string timer is eval-like and runs later, outside DevTools' evaluation (which may eval freely).
      setTimeout('window.__evaluated = 1', 0)
      await new Promise((done) => setTimeout(done, 50))
      const evalResult = window.__evaluated ?? 'blocked'
      const script = document.createElement('script')
      script.textContent = 'window.__injected = 1'
      document.head.append(script)
      let fetchResult = 'allowed'
      try { await fetch('https://example.com/') } catch (err) { fetchResult = err.name }
      return { evalResult, inline: window.__injected ?? 'blocked', fetchResult }
    })()`)
    expect(verdict).toEqual({ evalResult: 'blocked', inline: 'blocked', fetchResult: 'TypeError' })
    // Those three refusals are logged as console errors by design; anything else still fails the run.
    const unexpected = app.errors.filter((e) => !/Content Security Policy/.test(e))
    app.errors.length = 0
    app.errors.push(...unexpected)
  })
})

describe('foundation: a store that already has data and settings', () => {
  it('opens straight on the dashboard in the saved language and currency', async () => {
    const app = await openApp({ demo: { transactions: 2_000, seed: 7 }, settings: { locale: 'nb', currency: 'SEK' } })
    try {
      const { page } = app
      await page.waitForURL(/#\/dashboard$/)
      await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor()
      const s = stats(app.ctx.db, { currency: 'SEK' }).segments
      await expect
        .poll(() => page.getByTestId('kpi-alipay-average').first().textContent())
        .toContain(formatMoney(s.alipay.average, 'SEK', 'nb'))
      expect(await page.locator('.sidebar').getByTestId('currency-select').inputValue()).toBe('SEK')
      await app.screenshot('foundation-10-start-nb-sek')
    } finally {
      await app.close()
    }
  })
})

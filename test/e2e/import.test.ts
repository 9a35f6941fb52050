// The Import screen end to end: pick files through the (fake) native dialog, change a column mapping
// and see the preview follow, import with progress, read the summary and the rejected lines, export
// them, and undo the batch.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { count, minor } from './intl'

const FIXTURES = join(import.meta.dirname, '../fixtures/import')
const work = mkdtempSync(join(tmpdir(), 'kassa-e2e-import-'))
const rejectsPath = join(work, 'rejects.csv')
const bigPath = join(work, 'big-terminal.csv')
const BIG_ROWS = 60_000
const oddPath = join(work, 'odd-till.csv')
const kioskPath = join(work, 'kiosk-torget.csv')

describe('import screen', () => {
  let app: AppHandle

  beforeAll(async () => {
    const lines = ['Transaction ID;Date;Time;Merchant;Amount;Currency;Method']
    for (let i = 0; i < BIG_ROWS; i++)
      lines.push(`B-${i};0${1 + (i % 9)}.05.2018;12:00:00;Storkiosk;${1 + (i % 900)},00;NOK;Visa`)
    writeFileSync(bigPath, lines.join('\n') + '\n')
    writeFileSync(oddPath, 'When;Sum;Shop;Valuta\n2018-04-01;100,00;Kiosk Torget;NOK\n2018-04-02;250,50;Kiosk Torget;NOK\n')
    // Headers Kassa does not know: the date and the method are read from the values; "Från" could be either country.
    writeFileSync(
      kioskPath,
      'När;Summa;Butik;Valuta;Betalt via;Från\n2018-04-03 10:00;120,00;Kiosk Söder;SEK;Kort;CN\n2018-04-03 11:30;350,00;Kiosk Söder;SEK;Alipay;\n'
    )
    app = await openApp({
      hash: '#/import',
      pickFiles: [
        [join(FIXTURES, 'dk-latin1.csv')],
        [bigPath],
        [kioskPath, oddPath],
        [join(FIXTURES, 'vipps-settlement-2018-04.csv')]
      ],
      savePath: rejectsPath
    })
  })

  afterAll(async () => {
    await app?.close()
  })

  const preview = () => app.page.getByTestId('import-file-dk-latin1.csv')
  const cell = (line: number, column: number) =>
    preview().locator(`[data-testid=import-preview] tr[data-line="${line}"] td`).nth(column)

  it('previews a Latin-1 Danish file with what was detected', async () => {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByTestId('import-pick').click()
    await preview().getByTestId('import-preview').waitFor()
    expect(await preview().getByTestId('import-encoding').inputValue()).toBe('windows-1252')
    expect(await preview().getByTestId('import-delimiter').inputValue()).toBe(';')
    expect(await preview().getByTestId('import-decimal').inputValue()).toBe('comma')
    expect(await cell(2, 2).textContent()).toBe('2018-04-03 10:15:00')
    expect(await cell(2, 3).textContent()).toBe(minor(425000, 'DKK', 'en'))
    expect(await cell(2, 7).textContent()).toBe('Æblegården (new)')
    expect(await cell(6, 1).textContent()).toBe('Rejected')
    expect(await cell(6, 2).textContent()).toBe('date "30.02.2018" does not exist')
    await app.screenshot('import-01-preview')
  })

  it('follows a changed mapping in the preview', async () => {
    // Column 3 ("Butik") becomes the merchant: the rows now belong to the shops, not to "Brugersted".
    await preview().getByTestId('import-map-3').selectOption('merchant')
    await expect.poll(async () => (await cell(2, 7).textContent())?.trim()).toBe('Nyhavn (new)')
    expect(await preview().getByTestId('import-map-2').inputValue()).toBe('')
    await app.screenshot('import-02-mapping-changed')
  })

  it('says why a chosen format does not fit the file, and keeps the preview as it was', async () => {
    await preview().getByTestId('import-format').selectOption('adyen')
    await expect
      .poll(async () => preview().getByTestId('import-file-error').textContent())
      .toContain('it is not an Adyen payment accounting report')
    expect(await preview().getByTestId('import-format').inputValue()).toBe('csv')
    expect((await cell(2, 7).textContent())?.trim()).toBe('Nyhavn (new)')
    expect(await preview().getByTestId('import-map-3').inputValue()).toBe('merchant')
    await app.screenshot('import-03-format-refused')
  })

  it('imports with progress and shows the summary and the rejected lines', async () => {
    const { page } = app
    await page.getByTestId('import-pick').click()
    await page.getByTestId('import-file-big-terminal.csv').getByTestId('import-preview').waitFor()
    expect(await page.getByTestId('import-commit').textContent()).toBe('Import 2 files')
    await page.getByTestId('import-commit').click()
    await page.getByTestId('import-progress').waitFor()
    await expect.poll(async () => page.getByTestId('import-summary-item').count(), { timeout: 120_000 }).toBe(2)

    const progress = app.events
      .filter((e) => e.channel === 'import:progress')
      .map((e) => e.payload as { rows: number; bytes: number; total: number })
    expect(progress.some((p) => p.rows > 0 && p.bytes < p.total)).toBe(true)
    expect(await page.getByTestId('import-progress-text').textContent()).toContain(`${count(BIG_ROWS, 'en')} rows`)
    expect(await page.getByTestId('import-progress-text').textContent()).toContain('100 %')
    // Once done, the card no longer says an import is running.
    await expect
      .poll(async () => (await page.getByTestId('import-progress-title').textContent())?.trim())
      .toBe('Last import: big-terminal.csv')

    const items = page.getByTestId('import-summary-item')
    expect(await items.nth(0).textContent()).toContain(
      `${count(BIG_ROWS, 'en')} rows: ${count(BIG_ROWS, 'en')} imported, 0 duplicates, 0 rejected`
    )
    expect(await items.nth(1).textContent()).toContain('8 rows: 6 imported, 0 duplicates, 2 rejected')
    // Each file's rows by segment: every segment shown, even at zero; cards of unknown origin only when there are any.
    const split = async (item: number) =>
      items
        .nth(item)
        .getByTestId('import-summary-segments')
        .locator('[data-segment]')
        .evaluateAll((spans) => spans.map((s) => [s.getAttribute('data-segment'), s.textContent?.trim()]))
    expect(await split(1)).toEqual([
      ['alipay', 'Alipay 0'],
      ['card_domestic', 'Domestic cards 2'],
      ['card_cn', 'Chinese cards 2'],
      ['card_foreign', 'Other foreign cards 1'],
      ['card_unknown', 'Cards of unknown origin 1'],
      ['other', 'Other methods 0']
    ])
    expect(await split(0)).toContainEqual(['card_unknown', `Cards of unknown origin ${count(BIG_ROWS, 'en')}`])
    const merchants = app.ctx.db
      .prepare('SELECT DISTINCT m.name FROM transactions t JOIN merchants m ON m.id = t.merchant_id ORDER BY 1')
      .all()
    expect(merchants).toEqual([{ name: 'Nyhavn' }, { name: 'Storkiosk' }, { name: 'Strøget' }])

    await items.nth(1).getByRole('button', { name: 'Rejected lines' }).click()
    const rejects = page.getByTestId('import-rejects')
    await rejects.waitFor()
    const rows = rejects.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).locator('td').nth(0).textContent()).toBe('6')
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe('date "30.02.2018" does not exist')
    expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe('amount "12,3,4" is not a number')
    await page.getByTestId('import-export-rejects').click()
    await page.getByTestId('import-exported').waitFor()
    expect(existsSync(rejectsPath)).toBe(true)
    expect(readFileSync(rejectsPath, 'utf8').split('\n')[1]).toBe(
      '30.02.2018;12:00:00;Æblegården;Nyhavn;T-01;100,00;DKK;Visa;SE;Godkendt;"line 6: date ""30.02.2018"" does not exist"'
    )
    await app.screenshot('import-04-summary-rejects')
  })

  it('reads columns by their values, asks about an unclear one and a card fallback, and saves the mapping as a profile', async () => {
    const { page } = app
    await page.getByTestId('import-pick').click()
    const kiosk = page.getByTestId('import-file-kiosk-torget.csv')
    const odd = page.getByTestId('import-file-odd-till.csv')
    await kiosk.getByTestId('import-preview').waitFor()
    await odd.getByTestId('import-preview').waitFor()
    // "När" and "Betalt via" mean nothing to the vocabulary: their values say date and payment method.
    expect(await kiosk.getByTestId('import-map-0').inputValue()).toBe('date')
    expect(await kiosk.getByTestId('import-column-how-0').textContent()).toBe(
      `by its values (${new Intl.NumberFormat('en', { style: 'percent' }).format(1)})`
    )
    expect(await kiosk.getByTestId('import-map-4').inputValue()).toBe('method')
    expect(await kiosk.getByTestId('import-column-how-2').textContent()).toBe('by its header')
    expect(await kiosk.locator('tr[data-line="3"] td').nth(5).textContent()).toContain('alipay')
    // "Från" holds country codes: the card's or the shop's? Kassa asks instead of guessing, and imports neither file yet.
    expect(await kiosk.getByTestId('import-map-5').inputValue()).toBe('')
    expect(await kiosk.getByTestId('import-column-how-5').textContent()).toBe(
      'not used · looks like Card country / Merchant country'
    )
    expect(await kiosk.getByTestId('import-questions').textContent()).toContain(
      'column 6 "Från" looks like card countries or merchant countries, and Kassa cannot tell which'
    )
    expect(await odd.getByTestId('import-questions').textContent()).toContain(
      'no column holds the payment method: every row would be booked as card'
    )
    expect((await odd.locator('tr[data-line="2"] td').nth(5).textContent())?.trim()).toBe('card (no method: card)')
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true)
    await app.screenshot('import-05-columns-asked')

    await kiosk.getByTestId('import-map-5').selectOption('cardCountry')
    await expect.poll(async () => kiosk.getByTestId('import-questions').count()).toBe(0)
    expect(await kiosk.getByTestId('import-column-how-5').textContent()).toBe('your choice')
    expect(await kiosk.locator('tr[data-line="2"] td').nth(6).textContent()).toBe('cn')
    await kiosk.getByTestId('import-save-profile').fill('Kiosk till')
    expect(await page.getByTestId('import-commit').textContent()).toBe('Import 1 file')
    await odd.getByTestId('import-accept-defaults').check()
    await expect.poll(async () => page.getByTestId('import-commit').textContent()).toBe('Import 2 files')
    await page.getByTestId('import-commit').click()
    await expect.poll(async () => page.locator('.results li').count(), { timeout: 60_000 }).toBe(4)
    expect(
      await page.getByTestId('import-summary-error').count(),
      (await page.locator('.results li').first().textContent()) ?? ''
    ).toBe(0)
    const items = page.getByTestId('import-summary-item')
    expect(await items.nth(1).textContent()).toContain('kiosk-torget.csv')
    expect(await items.nth(1).textContent()).toContain('2 rows: 2 imported, 0 duplicates, 0 rejected')
    expect(await items.nth(0).textContent()).toContain('2 rows name no payment method and were booked as card, as accepted')
    const origins = app.ctx.db
      .prepare(
        "SELECT t.method, t.origin FROM transactions t JOIN merchants m ON m.id = t.merchant_id WHERE m.name = 'Kiosk Söder' ORDER BY t.line"
      )
      .all()
    expect(origins).toEqual([
      { method: 'card', origin: 'cn' },
      { method: 'alipay', origin: 'alipay' }
    ])
    await expect.poll(async () => page.getByTestId('import-profiles').textContent(), { timeout: 10_000 }).toContain('Kiosk till')
    await app.screenshot('import-06-columns-answered')
  })

  it('undoes a batch from the history', async () => {
    const { page } = app
    const batch = app.ctx.db.prepare("SELECT id FROM import_batches WHERE file_name = 'dk-latin1.csv'").get() as { id: number }
    await page.getByTestId(`import-undo-${batch.id}`).click()
    // Undo runs in the import worker, like the import itself.
    await expect
      .poll(async () => page.locator(`tr[data-batch="${batch.id}"] td`).nth(8).textContent(), { timeout: 60_000 })
      .toBe('Undone')
    expect(app.ctx.db.prepare('SELECT COUNT(*) AS n FROM transactions').get()).toEqual({ n: BIG_ROWS + 4 })
  })

  it('counts the lines of a settlement report that are not sales apart, and says so', async () => {
    const { page } = app
    await page.getByTestId('import-pick').click()
    await page.getByTestId('import-file-vipps-settlement-2018-04.csv').getByTestId('import-preview').waitFor()
    await page.getByTestId('import-commit').click()
    const item = page.getByTestId('import-summary-item').filter({ hasText: 'vipps-settlement-2018-04.csv' })
    await item.waitFor({ timeout: 60_000 })
    expect(await item.textContent()).toContain('4 rows: 3 imported, 0 duplicates, 1 rejected')
    expect(await item.getByTestId('import-summary-skipped').textContent()).toContain(
      '5 lines are not sales or refunds (fees, payouts, summaries, headings, end markers) and were passed over'
    )
    await app.screenshot('import-07-settlement-passed-over')
    // The store is no longer empty: the dashboard opens instead of the welcome screen.
    await page.getByRole('link', { name: 'Dashboard' }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    app.assertNoErrors()
  })
})

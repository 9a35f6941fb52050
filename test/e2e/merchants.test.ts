// Onboarding through the real renderer: inline validation, create, checklist, drag across the board,
// the Finnish go-live refusal, the admin setting the date, documents and the timeline.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { money } from './intl'

describe('merchant onboarding screens', () => {
  let app: AppHandle
  let id = 0
  const contract = join(tmpdir(), `kassa-e2e-contract-${process.pid}.txt`)

  beforeAll(async () => {
    writeFileSync(contract, 'signed by both parties')
    app = await openApp({ hash: '#/merchants/new', pickFiles: [[contract]] })
  })

  afterAll(async () => {
    await app?.close()
  })

  const text = async (testid: string) => ((await app.page.getByTestId(testid).first().textContent()) ?? '').trim()

  async function drag(stage: string) {
    await app.page.getByTestId(`card-${id}`).dragTo(app.page.getByTestId(`column-${stage}`))
  }

  it('shows an invalid business id inline, then creates the merchant', async () => {
    const { page } = app
    await page.getByTestId('field-country').selectOption('FI')
    await page.getByTestId('field-name').fill('Helsinki Design Oy')
    await page.getByTestId('field-orgNumber').fill('2077474-1')
    await page.getByTestId('field-orgNumber').blur()
    await expect.poll(() => text('error-orgNumber')).toBe('2077474-1 fails the Finnish Y-tunnus check digit')
    await page.getByTestId('field-postalCode').fill('123')
    await page.getByTestId('field-postalCode').blur()
    await expect.poll(() => text('error-postalCode')).toBe('123 is not a Finnish postal code: 5 digits expected')
    await app.screenshot('merchants-01-inline-errors')

    await page.getByTestId('field-orgNumber').fill('FI 2077474-0')
    await page.getByTestId('field-postalCode').fill('00100')
    await page.getByTestId('field-phone').fill('040 123 4567')
    await page.getByTestId('merchant-save').click()
    await page.waitForURL(/#\/merchants\/\d+$/)
    id = Number(page.url().split('/').pop())
    await expect.poll(() => text('merchant-title')).toBe('Helsinki Design Oy')
    const stored = await app.call('merchants.page', { id })
    expect(stored.merchant).toMatchObject({ orgNumber: '2077474-0', phone: '+358401234567', stage: 'lead' })
  })

  it('refuses a move on the board while a required item is open, naming it', async () => {
    const { page } = app
    await page.getByTestId('tab-merchants-board').click()
    await page.getByTestId(`card-${id}`).waitFor()
    await drag('contacted')
    await expect
      .poll(() => text('board-message'))
      .toBe('Helsinki Design Oy cannot move to Contacted: open items Contact person identified (Lead)')
    expect(await page.getByTestId('column-lead').getByTestId(`card-${id}`).count()).toBe(1)
    await app.screenshot('merchants-02-board-refused')
  })

  it('ticks the checklist and attaches the signed contract', async () => {
    const { page } = app
    await page.getByTestId(`card-${id}`).getByRole('link').click()
    await page.getByTestId('checklist').waitFor()
    const info = await app.call('merchants.pipelineInfo', {})
    for (const stage of info.mainStages.slice(0, -1)) {
      for (const item of info.checklists[stage as keyof typeof info.checklists]) {
        if (!item.required) continue
        const box = page.getByTestId(`check-${item.key}`)
        await box.check()
        await expect.poll(() => box.isChecked()).toBe(true)
      }
    }
    const page1 = await app.call('merchants.page', { id })
    expect(page1.checklist.filter((i) => i.required && i.stage !== 'live' && !i.done)).toEqual([])

    await page.getByTestId('attach-item').selectOption('signed_contract')
    await page.getByTestId('attach-document').click()
    const doc = page.locator('[data-testid^=document-status-]').first()
    await expect.poll(() => doc.textContent()).toBe('verified')
    // Setup records the Alipay partner id; without it the merchant could not go live.
    await page.getByTestId('field-alipayPartnerId').fill('2088 0000 0000 0042')
    await page.getByTestId('merchant-save').click()
    await page.getByTestId('merchant-saved').waitFor()
    expect((await app.call('merchants.page', { id })).merchant.alipayPartnerId).toBe('2088000000000042')
    await page.getByTestId('store-name').fill('Esplanadi')
    await page.getByTestId('store-add').click()
    await expect.poll(() => text('stores')).toContain('Esplanadi')
    await app.screenshot('merchants-03-checklist-documents')
  })

  it('drags the merchant through the board and is refused going live in Finland', async () => {
    const { page } = app
    await page.getByTestId('tab-merchants-board').click()
    for (const stage of ['contacted', 'application', 'kyc', 'contract', 'setup']) {
      await page.getByTestId(`card-${id}`).waitFor()
      await drag(stage)
      await expect.poll(() => page.getByTestId(`column-${stage}`).getByTestId(`card-${id}`).count()).toBe(1)
    }
    await drag('live')
    await expect
      .poll(() => text('board-message'))
      .toBe(
        'Helsinki Design Oy cannot go live: Alipay is not live in Finland yet (no go-live date set); an admin can set the date in Settings'
      )
    expect(await page.getByTestId('column-setup').getByTestId(`card-${id}`).count()).toBe(1)
    await app.screenshot('merchants-04-finland-refused')
  })

  it('goes live once an admin sets Finland’s go-live date', async () => {
    const { page } = app
    await page.getByTestId('tab-merchants-metrics').click()
    await page.getByTestId('golive-input-FI').fill('2018-06-01')
    await page.getByTestId('golive-save-FI').click()
    await expect.poll(() => page.getByTestId('golive-FI').getByTestId('golive-value').textContent()).toBe('Jun 1, 2018')
    await page.getByTestId('tab-merchants-board').click()
    await page.getByTestId(`card-${id}`).waitFor()
    await drag('live')
    await expect.poll(() => page.getByTestId('column-live').getByTestId(`card-${id}`).count()).toBe(1)
    expect(await text('board-message')).toBe('Helsinki Design Oy moved to Live.')
  })

  it('reads the timeline on the merchant page', async () => {
    const { page } = app
    await page.getByTestId(`card-${id}`).getByRole('link').click()
    await page.getByTestId('timeline').waitFor()
    await expect.poll(() => text('merchant-stage')).toBe('Live')
    const events = await page.locator('[data-testid=timeline] li').allTextContents()
    const trail = (await app.call('merchants.page', { id })).timeline
    expect(events).toHaveLength(trail.length)
    // Newest first: the go-live, then the five moves, the document, the ticked items, the creation.
    expect(events[0]).toContain('Administrator')
    expect(events[0]).toContain('Setup → Live')
    expect(events.filter((e) => e.includes('moved the merchant'))).toHaveLength(6)
    expect(events.some((e) => e.includes('attached a document') && e.includes('Signed contract'))).toBe(true)
    expect(events.some((e) => e.includes('Contact person identified') && e.includes('☐ → ☑'))).toBe(true)
    expect(events.at(-1)).toContain('created the merchant')
    await app.screenshot('merchants-05-timeline')
  })

  it('finds the merchant in the table by search and stage filter', async () => {
    const { page } = app
    await page.getByTestId('tab-merchants').click()
    await page.getByTestId('merchant-search').fill('2077474')
    await expect.poll(() => page.locator('[data-testid=merchants-table] tbody tr').count()).toBe(1)
    await page.getByTestId('filter-stage').selectOption('lead')
    await expect.poll(() => page.locator('[data-testid=merchants-table] tbody tr').count()).toBe(0)
    await page.getByTestId('filter-stage').selectOption('live')
    await expect.poll(() => page.locator('[data-testid=merchants-table] tbody tr').count()).toBe(1)
    await app.screenshot('merchants-06-table')
  })

  it('parks a merchant on hold from the board only with a reason', async () => {
    const { page } = app
    const created = await app.call('merchants.create', { name: 'Bergen Bunad AS', country: 'NO', orgNumber: '988077917' })
    if (!created.ok) throw new Error('create failed')
    const other = created.merchant.id
    await page.getByTestId('tab-merchants-board').click()
    await page.getByTestId(`card-${other}`).dragTo(page.getByTestId('column-on_hold'))
    await page.getByTestId('reason-form').waitFor()
    expect(await page.getByTestId('reason-form').textContent()).toContain('Why is Bergen Bunad AS moving to On hold?')
    await page.getByTestId('reason-input').fill('Owner back from holiday in May')
    await page.getByTestId('reason-confirm').click()
    await expect.poll(() => page.getByTestId('column-on_hold').getByTestId(`card-${other}`).count()).toBe(1)
    const trail = (await app.call('merchants.page', { id: other })).timeline
    expect(trail.at(-1)).toMatchObject({
      kind: 'stage',
      before: 'lead',
      after: 'on_hold',
      note: 'Owner back from holiday in May'
    })
    await app.screenshot('merchants-07-on-hold')
  })

  it('a merchant manager profile reads but cannot edit', async () => {
    const { page } = app
    await page.getByTestId('profile-add').click()
    await page.getByTestId('profile-name').fill('Mette Manager')
    await page.getByTestId('profile-role').selectOption('manager')
    await page.getByTestId('profile-save').click()
    const profiles = await app.call('profiles.list', {})
    const manager = profiles.profiles.find((p) => p.name === 'Mette Manager')!
    await page.getByTestId('profile-select').selectOption(String(manager.id))
    await page.getByRole('link', { name: 'Helsinki Design Oy' }).click()
    await page.getByTestId('timeline').waitFor()
    expect(await page.getByTestId('merchant-save').isDisabled()).toBe(true)
    expect(await page.getByTestId('move-stage').count()).toBe(0)
    expect(await page.getByTestId('check-marketing_kit').isDisabled()).toBe(true)
    expect(await page.locator('.note').first().textContent()).toContain(
      'Mette Manager (Merchant manager) can read but not edit merchants.'
    )
    // Not one of Mette's own shops (it is assigned to nobody), so its sales stay hidden from her.
    expect(await text('sales-hidden')).toBe('Sales are shown to reps, admins and the shop’s own manager.')
    await app.screenshot('merchants-08-manager-read-only')
    await page.getByTestId('tab-merchants-metrics').click()
    await page.getByTestId('metrics-funnel').waitFor()
    expect(await page.getByTestId('funnel-live').locator('[data-field=count]').textContent()).toBe('1')
    await app.screenshot('merchants-09-metrics')
    app.assertNoErrors()
  })
})

describe('merchant screens on the demo data', () => {
  let app: AppHandle

  beforeAll(async () => {
    app = await openApp({ demo: { transactions: 2_000 }, hash: '#/merchants/metrics' })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('shows core’s pipeline figures, the board and a live merchant’s sales since go-live', async () => {
    const { page } = app
    await page.getByTestId('metrics-funnel').waitFor()
    const metrics = await app.call('merchants.metrics', {})
    for (const f of metrics.funnel) {
      const row = page.getByTestId(`funnel-${f.stage}`)
      await expect.poll(() => row.locator('[data-field=reached]').textContent()).toBe(String(f.reached))
      expect(await row.locator('[data-field=count]').textContent()).toBe(String(metrics.perStage[f.stage]))
    }
    expect(await page.locator('[data-testid=metrics-funnel] canvas').count()).toBe(1)
    const rep = (await app.call('merchants.reps', {}))[0]
    await page.getByTestId('metrics-rep').selectOption(String(rep.id))
    const forRep = await app.call('merchants.metrics', { repId: rep.id })
    await expect
      .poll(() => page.getByTestId('funnel-lead').locator('[data-field=reached]').textContent())
      .toBe(String(forRep.funnel[0].reached))
    expect(forRep.funnel[0].reached).toBeLessThan(metrics.funnel[0].reached)
    await app.screenshot('merchants-10-demo-metrics')

    await page.getByTestId('tab-merchants').click()
    await page.getByTestId('sort-daysInStage').click()
    const longest = [...(await app.call('merchants.table', {}))].sort((a, b) => b.daysInStage - a.daysInStage)[0]
    await expect
      .poll(() => page.locator('[data-testid=merchants-table] tbody tr').first().getAttribute('data-testid'))
      .toBe(`merchant-row-${longest.id}`)

    await page.getByTestId('tab-merchants-board').click()
    const rows = await app.call('merchants.table', {})
    await expect.poll(() => page.locator('[data-testid^=card-]').count()).toBe(rows.length)
    await app.screenshot('merchants-11-demo-board')

    const live = rows.find((r) => r.stage === 'live')!
    await page.getByTestId(`card-${live.id}`).getByRole('link').click()
    const sales = (await app.call('merchants.page', { id: live.id })).sales!
    await expect
      .poll(() => app.page.getByTestId('sales-alipay-gross').textContent())
      .toBe(money(sales.segments.alipay.gross, sales.currency, 'en'))
    expect(await app.page.getByTestId('sales-card-average').textContent()).toBe(
      money(sales.segments.card.average, sales.currency, 'en')
    )
    await app.screenshot('merchants-12-demo-live-merchant')

    // In Norwegian the same page speaks Norwegian and formats money the Norwegian way.
    await page.locator('.sidebar').getByTestId('locale-select').selectOption('nb')
    await expect.poll(() => page.locator('[data-testid=checklist] h2').textContent()).toBe('Sjekkliste')
    expect(await page.getByTestId('merchant-stage').textContent()).toBe('I drift')
    expect(await page.getByTestId('sales-alipay-gross').textContent()).toBe(
      money(sales.segments.alipay.gross, sales.currency, 'nb')
    )
    await app.screenshot('merchants-14-demo-live-merchant-nb')
    app.assertNoErrors()
  })

  it('says the trail is verified, and where it broke once an event is edited with an SQL client', async () => {
    const { page } = app
    const events = (app.ctx.db.prepare('SELECT COUNT(*) AS n FROM merchant_events').get() as { n: number }).n
    await expect
      .poll(() => page.getByTestId('trail-check').textContent())
      .toContain(`Sporet er bekreftet: alle ${new Intl.NumberFormat('nb').format(events)} hendelser`)
    const edited = (app.ctx.db.prepare('SELECT id FROM merchant_events ORDER BY id LIMIT 1 OFFSET 10').get() as { id: number }).id
    const raw = new Database(app.ctx.dbPath)
    raw.exec(
      `DROP TRIGGER merchant_events_no_update; UPDATE merchant_events SET note = 'edited outside Kassa' WHERE id = ${edited}`
    )
    raw.close()
    await page.reload()
    await expect.poll(() => page.getByTestId('trail-check').textContent()).toContain(`Sporet er brutt ved hendelse ${edited}:`)
    await app.screenshot('merchants-15-trail-broken-nb')
    app.assertNoErrors()
  })
})

describe('merchant list import and export', () => {
  it('previews a Norwegian list, imports it with the reject by line, and exports CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-e2e-merchants-io-'))
    const list = join(dir, 'leads.csv')
    const exported = join(dir, 'merchants-export.csv')
    writeFileSync(
      list,
      'Navn;Land;Organisasjonsnummer;Postnummer\nFjellstua AS;Norge;988 077 917;0150\nFeil AS;NO;988077918;0150\n'
    )
    const app = await openApp({ hash: '#/merchants', pickFiles: [[list]], savePath: exported })
    try {
      const { page } = app
      await page.getByTestId('merchants-import').click()
      await page.getByTestId('import-preview').waitFor()
      const preview = (await page.getByTestId('import-preview').textContent()) ?? ''
      expect(preview).toContain('2 rows, 1 to import, 0 duplicates, 1 rejected')
      expect(preview).toContain('line 3: 988077918 fails the Norwegian organisasjonsnummer check digit')
      expect((await app.call('merchants.table', {})).length).toBe(0)
      await app.screenshot('merchants-13-import-preview')
      await page.getByTestId('import-commit').click()
      await expect
        .poll(() => page.getByTestId('import-done').textContent())
        .toBe('Imported 1 merchants (0 duplicates, 1 rejected).')
      await expect.poll(() => page.locator('[data-testid=merchants-table] tbody tr').count()).toBe(1)
      expect(await page.locator('[data-testid=merchants-table] tbody tr').first().textContent()).toContain('988 077 917')

      await page.getByTestId('merchants-export').click()
      await expect.poll(() => page.getByTestId('export-done').textContent()).toContain('Exported 1 merchants')
      expect(readFileSync(exported, 'utf8')).toContain('Fjellstua AS,NO,,,,,988 077 917')
      app.assertNoErrors()
    } finally {
      await app.close()
    }
  })
})

// Every screen in Danish, Swedish and Finnish, and the shop staff's screens in Simplified Chinese: no
// raw i18n key and no English left over. "Left over" means a visible text (or placeholder, title,
// label) that reads as one of the English messages, placeholders filled with anything, unless it is
// a name on the allow-list (test/languages.ts). Screenshots go to test-results/languages-*.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, type AppHandle } from './harness'
import en from '../../src/renderer/src/i18n/en'
import { translator, type MessageKey } from '../../src/core/reports/i18n'
import { da as reportDa } from '../../src/core/reports/locales/da'
import { flatten, mayReadAsEnglish } from '../languages'

type Locale = 'da' | 'sv' | 'fi' | 'zh'

const AREAS = Object.keys(en).join('|')
const RAW_KEY = new RegExp(`^(${AREAS})(\\.[\\w-]+)+$`)

/** One pattern per English wording: "{count} payments" → /^.+ payments$/. Report labels included. */
function englishPatterns(): { text: string; pattern: RegExp }[] {
  const t = translator('en')
  const report = (Object.keys(reportDa) as MessageKey[]).map((key) => t(key, '{0}'))
  const app = [...flatten(en).values()].flatMap((message) => message.split(' | '))
  return [...new Set([...app, ...report])]
    .filter((text) => !mayReadAsEnglish(text))
    .map((text) => {
      const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      return { text, pattern: new RegExp(`^${parts.join('.+?')}$`) }
    })
}
const ENGLISH = englishPatterns()

/** Every text node and every human-facing attribute of the page, whitespace collapsed. A string, as
 * it runs in the page (the test project has no DOM types). */
const READ_TEXTS = `(() => {
  const out = []
  const clean = (s) => (s ?? '').replace(/\\s+/g, ' ').trim()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('script, style')) continue
    const text = clean(n.textContent)
    if (text) out.push(text)
  }
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], [alt]'))
    for (const attr of ['placeholder', 'title', 'aria-label', 'alt']) {
      const text = clean(el.getAttribute(attr))
      if (text) out.push(text)
    }
  out.push(clean(document.title))
  return out
})()`

function problems(texts: string[]): string[] {
  const found = new Set<string>()
  for (const text of texts) {
    if (RAW_KEY.test(text)) found.add(`raw key: ${text}`)
    const english = ENGLISH.find((e) => e.pattern.test(text))
    if (english) found.add(`English: "${text}" (${english.text})`)
  }
  return [...found]
}

const work = mkdtempSync(join(tmpdir(), 'kassa-e2e-languages-'))
const tillFile = join(work, 'kasse.csv')

interface Screen {
  name: string
  hash: string
  /** Waits until the screen shows its data, opening the parts hidden behind a click. */
  ready(page: Page, locale: Locale | 'en'): Promise<void>
  /** Part of the Chinese translation (the shop staff's screens). */
  zh?: boolean
}

const SCREENS: Screen[] = [
  { name: 'welcome', hash: '#/welcome', zh: true, ready: (page) => page.getByTestId('load-demo').waitFor() },
  {
    name: 'dashboard',
    hash: '#/dashboard',
    zh: true,
    async ready(page) {
      await page.getByTestId('segments-table').waitFor()
      await page.getByTestId('kpi-chinese-multiple').waitFor()
      // The breakdown tables are built when opened, as a reader opens them.
      for (const by of ['country', 'merchant', 'store']) {
        const details = page.getByTestId(`by-${by}-frame`).locator('details')
        if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
        await page.getByTestId(`by-${by}-table`).waitFor()
      }
    }
  },
  {
    name: 'transactions',
    hash: '#/transactions',
    async ready(page) {
      await page.getByTestId('transactions-table').locator('[role=row][data-testid^=transaction-]').first().click()
      await page.getByTestId('transaction-details').waitFor()
    }
  },
  {
    name: 'import',
    hash: '#/import',
    async ready(page) {
      await page.getByTestId('import-drop').waitFor()
      await page.getByTestId('import-pick').click()
      await page.getByTestId('import-preview').waitFor()
    }
  },
  { name: 'merchants', hash: '#/merchants', ready: (page) => page.getByTestId('merchants-table').waitFor() },
  { name: 'merchant', hash: '#/merchants/1', ready: (page) => page.getByTestId('merchant-stage').waitFor() },
  { name: 'board', hash: '#/merchants/board', ready: (page) => page.getByTestId('board').waitFor() },
  { name: 'metrics', hash: '#/merchants/metrics', ready: (page) => page.getByTestId('metrics-funnel').waitFor() },
  { name: 'new-merchant', hash: '#/merchants/new', ready: (page) => page.locator('form').first().waitFor() },
  {
    name: 'reports',
    hash: '#/reports',
    zh: true,
    async ready(page, locale) {
      await page.getByTestId('report-type').selectOption('portfolio')
      await page.getByTestId('report-from').fill('2018-06-01')
      await page.getByTestId('report-to').fill('2018-08-31')
      await page.getByTestId('report-locale').selectOption(locale)
      await page.getByTestId('report-build').click()
      // A preview from the previous language may still be on screen: wait for this language's title.
      const title = translator(locale)('title.portfolio')
      await page.getByTestId('report-title').filter({ hasText: title }).waitFor({ timeout: 60_000 })
      await page.frameLocator('[data-testid=report-frame]').locator('h1', { hasText: title }).waitFor()
      await page.getByTestId('report-build').and(page.locator(':enabled')).waitFor()
    }
  },
  { name: 'settings', hash: '#/settings', zh: true, ready: (page) => page.getByTestId('fx-table').waitFor() }
]

describe('every screen in every language', () => {
  let app: AppHandle

  beforeAll(async () => {
    writeFileSync(tillFile, 'Dato;Tid;Forretning;Beløb;Valuta\n03.04.2018;10:15:00;Kiosk Torget;129,95;DKK\n')
    app = await openApp({ demo: { transactions: 2_000, seed: 3 }, pickFiles: [[tillFile], [tillFile], [tillFile], [tillFile]] })
  })

  afterAll(async () => {
    await app?.close()
    rmSync(work, { recursive: true, force: true })
  })

  async function show(locale: Locale | 'en', screen: Screen): Promise<string[]> {
    const { page } = app
    await page.evaluate(`location.hash = ${JSON.stringify(screen.hash)}`)
    await page.locator('main h1').first().waitFor()
    await screen.ready(page, locale)
    // Let the last answers from core render before reading the page.
    await page.waitForLoadState('networkidle')
    await app.screenshot(`languages-${locale}-${screen.name}`)
    const texts = (await page.evaluate(READ_TEXTS)) as string[]
    // The preview is a sandboxed srcdoc frame (no scripts), so its text is read, not evaluated.
    if (screen.name === 'reports') {
      const report = await page.frameLocator('[data-testid=report-frame]').locator('body').innerText()
      texts.push(...report.split(/[\n\t]+/).map((line) => line.replace(/\s+/g, ' ').trim()))
    }
    return texts
  }

  async function switchTo(locale: Locale) {
    await app.page.locator('.sidebar').getByTestId('locale-select').selectOption(locale)
    await app.page.locator(`html[lang^="${locale}"]`).waitFor()
  }

  for (const locale of ['da', 'sv', 'fi'] as const)
    it(`${locale}: no raw key and no English on any screen`, async () => {
      await switchTo(locale)
      const found: string[] = []
      for (const screen of SCREENS) for (const p of problems(await show(locale, screen))) found.push(`${screen.name}: ${p}`)
      expect(found).toEqual([])
      app.assertNoErrors()
    })

  it('zh: the dashboard, reports and settings are all Chinese', async () => {
    await switchTo('zh')
    const found: string[] = []
    for (const screen of SCREENS.filter((s) => s.zh))
      for (const p of problems(await show('zh', screen))) found.push(`${screen.name}: ${p}`)
    expect(found).toEqual([])
    expect(await app.page.title()).toBe('设置 – Kassa')
  })

  it('zh: the screens left in English fall back to English words, never to raw keys', async () => {
    const found: string[] = []
    for (const screen of SCREENS.filter((s) => !s.zh))
      for (const text of await show('zh', screen)) if (RAW_KEY.test(text)) found.push(`${screen.name}: ${text}`)
    expect(found).toEqual([])
  })

  it('the checker itself sees English: the same screens in English are full of it', async () => {
    await app.page.locator('.sidebar').getByTestId('locale-select').selectOption('en')
    await app.page.locator('html[lang="en"]').waitFor()
    expect(problems(await show('en', SCREENS[1])).length).toBeGreaterThan(20)
  })
})

describe('first start', () => {
  it('speaks the system language until the user picks another in Settings', async () => {
    const app = await openApp({ systemLocale: 'sv-SE', hash: '#/settings' })
    try {
      const { page } = app
      await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor()
      expect(await page.getByTestId('settings-locale-select').inputValue()).toBe('sv')
      await page.getByTestId('settings-locale-select').selectOption('fi')
      await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor()
      expect((await app.call('settings.get', { system: ['sv-SE'] })).locale).toBe('fi')
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor()
      expect(await page.getAttribute('html', 'lang')).toBe('fi')
    } finally {
      await app.close()
    }
  })
})

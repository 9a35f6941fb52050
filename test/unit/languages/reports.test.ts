// Every report in every language, with that country's number and date conventions. The expected
// strings are written out by hand (not produced by Intl) so the test checks the formats themselves.
import { afterAll, describe, expect, it } from 'vitest'
import { buildDocument } from '../../../src/core/reports/render'
import { REPORT_LOCALES, REPORT_TYPES, type ReportLocale } from '../../../src/core/reports/params'
import { translator, type MessageKey } from '../../../src/core/reports/i18n'
import { fixtureStore } from '../reports/fixture'

const ctx = fixtureStore()
afterAll(() => ctx.db.close())

const NBSP = '\u00a0'
const june = { from: '2018-06-01', to: '2018-06-30' }
const statement = (locale: ReportLocale) => buildDocument(ctx.db, { type: 'statement', ...june, merchant: 'Fjord Gaver', locale })

/** Fjord Gaver's June gross (10 688.00 NOK) and its period, as each country writes them. */
const EXPECTED: Record<ReportLocale, { gross: string; period: string; lang: string; scope: string }> = {
  en: { gross: `NOK${NBSP}10,688.00`, period: 'Jun 1, 2018 – Jun 30, 2018', lang: 'en', scope: 'Merchant: Fjord Gaver' },
  nb: { gross: `10${NBSP}688,00${NBSP}kr`, period: '1. juni 2018 – 30. juni 2018', lang: 'nb', scope: 'Brukersted: Fjord Gaver' },
  da: { gross: `10.688,00${NBSP}NOK`, period: '1. jun. 2018 – 30. jun. 2018', lang: 'da', scope: 'Forretning: Fjord Gaver' },
  sv: { gross: `10${NBSP}688,00${NBSP}Nkr`, period: '1 juni 2018 – 30 juni 2018', lang: 'sv', scope: 'Säljställe: Fjord Gaver' },
  fi: { gross: `10${NBSP}688,00${NBSP}NOK`, period: '1.6.2018 – 30.6.2018', lang: 'fi', scope: 'Kauppias: Fjord Gaver' },
  zh: { gross: `NOK${NBSP}10,688.00`, period: '2018年6月1日 – 2018年6月30日', lang: 'zh-CN', scope: '商户：Fjord Gaver' }
}

describe('a statement in each language', () => {
  it.each(REPORT_LOCALES)('%s: money, period, scope and page language', (locale) => {
    const { html, doc } = statement(locale)
    const want = EXPECTED[locale]
    expect(html).toContain(`<html lang="${want.lang}">`)
    expect(doc.period).toBe(want.period)
    expect(doc.scope).toBe(want.scope)
    expect(html).toContain(`>${want.gross}<`)
  })

  it('writes Danish with point grouping and decimal comma, Swedish and Finnish with a no-break space', () => {
    const number = (locale: ReportLocale) => new RegExp(`>[^<]*1${locale === 'da' ? '\\.' : NBSP}781,33[^<]*<`)
    for (const locale of ['da', 'sv', 'fi', 'nb'] as const) expect(statement(locale).html).toMatch(number(locale))
  })

  it('spells out Finnish months, which standing alone would read as seasons', () => {
    const { html } = buildDocument(ctx.db, { type: 'portfolio', from: '2018-05-01', to: '2018-06-30', locale: 'fi' })
    expect(html).toContain('kesäkuu 2018')
    expect(html).not.toMatch(/>kesä 2018</)
  })
})

describe('every report in every language', () => {
  const cases = REPORT_TYPES.flatMap((type) => REPORT_LOCALES.map((locale) => [type, locale] as const))
  it.each(cases)('%s in %s carries its translated title and headings', (type, locale) => {
    const params = { type, ...june, locale, ...(type === 'statement' ? { merchant: 'Fjord Gaver' } : {}) }
    const { doc, html } = buildDocument(ctx.db, params)
    const t = translator(locale)
    expect(doc.title).toBe(t(`title.${type}` as MessageKey))
    expect(html).toContain(`<h1>${doc.title}</h1>`)
    const headings = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table.title] : b.kind === 'chart' ? [b.chart.title] : []))
    expect(headings.length).toBeGreaterThan(0)
    if (locale !== 'en') {
      const english = buildDocument(ctx.db, { ...params, locale: 'en' }).doc
      const englishHeadings = english.blocks.flatMap((b) =>
        b.kind === 'table' ? [b.table.title] : b.kind === 'chart' ? [b.chart.title] : []
      )
      for (const [i, heading] of headings.entries()) expect(heading).not.toBe(englishHeadings[i])
    }
  })
})

// Every translation is complete (the typecheck enforces the keys) and actually translated: a message
// still equal to the English one is a leftover unless it is a product name, code or proper noun.
import { describe, expect, it } from 'vitest'
import en from '../../../src/renderer/src/i18n/en'
import nb from '../../../src/renderer/src/i18n/nb'
import da from '../../../src/renderer/src/i18n/da'
import sv from '../../../src/renderer/src/i18n/sv'
import fi from '../../../src/renderer/src/i18n/fi'
import zh from '../../../src/renderer/src/i18n/zh'
import { translator, type MessageKey } from '../../../src/core/reports/i18n'
import { LOCALES } from '../../../src/core/locales'
import { da as reportDa } from '../../../src/core/reports/locales/da'
import { flatten, mayReadAsEnglish } from '../../languages'

const english = flatten(en)

describe('app messages', () => {
  it.each([
    ['da', da],
    ['sv', sv],
    ['fi', fi],
    ['zh', zh]
  ] as const)('%s has no English left over', (_, messages) => {
    const leftovers = [...flatten(messages)].filter(([key, text]) => english.get(key) === text && !mayReadAsEnglish(text))
    expect(leftovers).toEqual([])
  })

  it('keeps the placeholders of every English message', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const messages of [nb, da, sv, fi, zh])
      for (const [key, text] of flatten(messages)) expect([key, names(text)]).toEqual([key, names(english.get(key)!)])
  })

  it('keeps plural forms where English has them', () => {
    const forms = (text: string) => text.split(' | ').length
    for (const messages of [nb, da, sv, fi, zh])
      for (const [key, text] of flatten(messages)) expect([key, forms(text)]).toEqual([key, forms(english.get(key)!)])
  })

  it('gives Chinese the dashboard, reports and settings in full', () => {
    expect(Object.keys(zh).sort()).toEqual(['common', 'dashboard', 'merchants', 'nav', 'reports', 'settings', 'welcome'])
    expect(Object.keys(zh.merchants)).toEqual(['golive'])
  })
})

describe('report messages', () => {
  // Danish's table is typed Record<MessageKey, string>, so its keys are every report key.
  const keys = Object.keys(reportDa) as MessageKey[]
  const en = translator('en')

  it.each(LOCALES.filter((l) => l !== 'en' && l !== 'nb'))('%s translates every report label', (locale) => {
    const t = translator(locale)
    const leftovers = keys.filter((key) => t(key, 'X') === en(key, 'X') && !mayReadAsEnglish(en(key, 'X')))
    expect(leftovers).toEqual([])
  })
})

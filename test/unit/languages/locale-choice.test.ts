// Until the user picks a language, Kassa speaks the system's nearest one; a choice made in Settings wins.
import { describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import { invoke } from '../../../src/core/api'
import { nearestLocale } from '../../../src/core/locales'
import { tempPath } from '../tmp'

describe('nearestLocale', () => {
  it.each([
    [['da-DK'], 'da'],
    [['sv-FI', 'fi-FI'], 'sv'],
    [['fi'], 'fi'],
    [['nb-NO'], 'nb'],
    [['nn-NO'], 'nb'],
    [['no'], 'nb'],
    [['fo-FO'], 'da'],
    [['zh-CN'], 'zh'],
    [['zh-Hant-TW'], 'zh'],
    [['en-GB'], 'en'],
    [['de-DE', 'sv-SE', 'en-US'], 'sv'],
    [['de-DE', 'fr-FR'], 'en'],
    [[], 'en'],
    [['SV_se'], 'sv']
  ] as const)('%j → %s', (preferred, locale) => {
    expect(nearestLocale(preferred)).toBe(locale)
  })
})

describe('settings.get', () => {
  it('follows the system until a language is saved, then keeps the choice', async () => {
    const ctx = createContext({ dbPath: tempPath() })
    try {
      expect(await invoke(ctx, 'settings.get', { system: ['fi-FI', 'en-US'] })).toEqual({
        ok: true,
        value: { locale: 'fi', currency: 'NOK' }
      })
      expect(await invoke(ctx, 'settings.get', {})).toEqual({ ok: true, value: { locale: 'en', currency: 'NOK' } })
      await invoke(ctx, 'settings.save', { locale: 'da' })
      expect(await invoke(ctx, 'settings.get', { system: ['fi-FI'] })).toEqual({
        ok: true,
        value: { locale: 'da', currency: 'NOK' }
      })
      expect(await invoke(ctx, 'settings.save', { locale: 'de' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(await invoke(ctx, 'settings.get', { system: 'fi' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    } finally {
      ctx.db.close()
    }
  })
})

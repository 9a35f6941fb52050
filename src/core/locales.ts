// The languages Kassa speaks, shared by the settings, the app and the reports. Each code is also the
// Intl tag: Intl resolves 'da' to da-DK, 'sv' to sv-SE, 'fi' to fi-FI, 'nb' to nb-NO and 'zh' to
// zh-Hans-CN, so money and dates follow each country's conventions without a second table.
export const LOCALES = ['en', 'nb', 'da', 'sv', 'fi', 'zh'] as const
export type Locale = (typeof LOCALES)[number]

// Nynorsk and plain "no" readers get bokmål, Faroese readers Danish; every Chinese script gets the
// simplified translation, which beats English for a Chinese reader.
const NEAREST: Record<string, Locale> = { no: 'nb', nn: 'nb', fo: 'da' }

/**
 * The supported language nearest to the system's preferred ones (navigator.languages or Electron's
 * app locale, best first): the first whose language part Kassa speaks; English when none.
 */
export function nearestLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    if ((LOCALES as readonly string[]).includes(language)) return language as Locale
    if (NEAREST[language]) return NEAREST[language]
  }
  return 'en'
}

// vue-i18n setup. Messages live per language and area in ./<code>; each area is checked against
// English's shape, so a missing key fails the typecheck. Chinese covers only its areas (zh/index.ts).
import { createI18n } from 'vue-i18n'
import en from './en'
import nb from './nb'
import da from './da'
import sv from './sv'
import fi from './fi'
import zh from './zh'
import type { AppLocale } from './locales'

type Messages = typeof en
type ChineseMessages = Omit<Pick<Messages, keyof typeof zh>, 'merchants'> & { merchants: Pick<Messages['merchants'], 'golive'> }
const messages: Record<Exclude<AppLocale, 'zh'>, Messages> & { zh: ChineseMessages } = {
  en,
  nb,
  da,
  sv,
  fi,
  zh
}

export const i18n = createI18n({
  legacy: false,
  locale: 'en' as AppLocale,
  fallbackLocale: 'en',
  // Chinese falls back to English outside its areas by design; a key missing everywhere still warns.
  fallbackWarn: false,
  messages: messages as Record<AppLocale, Messages>
})

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : locale
}

// vue-i18n setup. Messages live per language and area in ./en and ./nb; nb is checked against en's shape.
import { createI18n } from 'vue-i18n'
import en from './en'
import nb from './nb'
import type { AppLocale } from './locales'

const messages: Record<AppLocale, typeof en> = { en, nb }

export const i18n = createI18n({
  legacy: false,
  locale: 'en' as AppLocale,
  fallbackLocale: 'en',
  messages
})

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

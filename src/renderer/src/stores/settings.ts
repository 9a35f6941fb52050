// The user's locale and reporting currency, persisted in the store through settings.save.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call } from '../api'
import { setLocale } from '../i18n'
import type { AppLocale, ReportingCurrency } from '../i18n/locales'

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<AppLocale>('en')
  const currency = ref<ReportingCurrency>('NOK')
  const loaded = ref(false)

  function apply(s: { locale: AppLocale; currency: ReportingCurrency }) {
    locale.value = s.locale
    currency.value = s.currency
    setLocale(s.locale)
  }

  async function load() {
    // The system's languages decide until the user picks one in Settings.
    apply(await call('settings.get', { system: [...navigator.languages] }))
    loaded.value = true
  }

  async function save(patch: { locale?: AppLocale; currency?: ReportingCurrency }) {
    // Always send the whole settings: core's patch schema fills a missing field with its default.
    apply(await call('settings.save', { locale: patch.locale ?? locale.value, currency: patch.currency ?? currency.value }))
  }

  return { locale, currency, loaded, load, save }
})

// The dashboard's figures, straight from core's stats routes in the reporting currency.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call, errorMessage, type RouteOutput } from '../api'
import type { ReportingCurrency } from '../i18n/locales'

export const useDashboardStore = defineStore('dashboard', () => {
  const summary = ref<RouteOutput<'stats.summary'> | null>(null)
  const volume = ref<RouteOutput<'stats.volumeByMonth'> | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)

  // Only the latest request may write: switching currency twice quickly must not show the older answer.
  let latest = 0

  async function load(currency: ReportingCurrency) {
    const mine = ++latest
    loading.value = true
    error.value = null
    try {
      const [s, v] = await Promise.all([call('stats.summary', { currency }), call('stats.volumeByMonth', { currency })])
      if (mine !== latest) return
      summary.value = s
      volume.value = v
    } catch (err) {
      if (mine === latest) error.value = errorMessage(err)
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  return { summary, volume, loading, error, load }
})

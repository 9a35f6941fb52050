// The dashboard's figures for the current filters, straight from core's analytics route.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call, errorMessage, type RouteOutput } from '../api'
import type { DashboardInput } from './filters'

export type DashboardData = RouteOutput<'analytics.dashboard'>

/**
 * Once the figures are on screen (the next frame has begun, so the one that showed them was produced), asks core to
 * warm up the next filter states' first answers; core does it once per store and currency, so asking after every
 * answer is cheap and follows a store or currency switch. A failure only means no warm-up.
 */
function warmUpAfterPaint(input: DashboardInput) {
  requestAnimationFrame(() => requestAnimationFrame(() => call('analytics.warmup', { currency: input.currency }).catch(() => {})))
}

export const useDashboardStore = defineStore('dashboard', () => {
  const data = ref<DashboardData | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const views = ref<RouteOutput<'analytics.views.list'>>([])

  // Only the latest request may write: changing filters twice quickly must not show the older answer.
  let latest = 0

  async function load(input: DashboardInput) {
    const mine = ++latest
    loading.value = true
    error.value = null
    try {
      const d = await call('analytics.dashboard', input)
      if (mine === latest) {
        data.value = d
        warmUpAfterPaint(input)
      }
    } catch (err) {
      if (mine === latest) error.value = errorMessage(err)
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  async function loadViews() {
    views.value = await call('analytics.views.list', {})
  }
  async function saveView(name: string, filters: DashboardInput) {
    await call('analytics.views.save', { name, filters })
    await loadViews()
  }
  async function deleteView(id: number) {
    await call('analytics.views.delete', { id })
    await loadViews()
  }

  return { data, loading, error, views, load, loadViews, saveView, deleteView }
})

// Hash history: the app is loaded from a file:// URL, where path-based history cannot work.
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useAppStore } from './stores/app'
import WelcomeView from './views/WelcomeView.vue'
import DashboardView from './views/DashboardView.vue'
import TransactionsView from './views/TransactionsView.vue'
import ImportView from './views/ImportView.vue'
import MerchantsView from './views/MerchantsView.vue'
import ReportsView from './views/ReportsView.vue'
import SettingsView from './views/SettingsView.vue'
import MerchantView from './views/MerchantView.vue'
import MerchantNewView from './views/MerchantNewView.vue'
import PipelineBoardView from './views/PipelineBoardView.vue'
import PipelineMetricsView from './views/PipelineMetricsView.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', redirect: () => ({ name: 'dashboard' }) },
  { path: '/welcome', name: 'welcome', component: WelcomeView },
  { path: '/dashboard', name: 'dashboard', component: DashboardView },
  { path: '/transactions', name: 'transactions', component: TransactionsView },
  { path: '/import', name: 'import', component: ImportView },
  { path: '/merchants', name: 'merchants', component: MerchantsView },
  { path: '/merchants/board', name: 'merchants-board', component: PipelineBoardView },
  { path: '/merchants/metrics', name: 'merchants-metrics', component: PipelineMetricsView },
  { path: '/merchants/new', name: 'merchant-new', component: MerchantNewView },
  { path: '/merchants/:id(\\d+)', name: 'merchant', component: MerchantView },
  { path: '/reports', name: 'reports', component: ReportsView },
  { path: '/settings', name: 'settings', component: SettingsView },
  { path: '/:pathMatch(.*)*', redirect: () => ({ name: 'dashboard' }) }
]

export const router = createRouter({ history: createWebHashHistory(), routes })

// An empty store opens on the welcome screen instead of an empty dashboard.
router.beforeEach(async (to) => {
  if (to.name !== 'dashboard') return true
  const app = useAppStore()
  // An empty answer is re-checked: data may have arrived since (an import, the CLI on the same store).
  try {
    const status = app.status && !app.status.empty ? app.status : await app.refresh()
    return status.empty ? { name: 'welcome' } : true
  } catch {
    // The dashboard itself shows why core cannot answer; a blank window would not.
    return true
  }
})

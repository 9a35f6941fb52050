import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { useSettingsStore } from './stores/settings'
import './styles.css'

async function start() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n)
  // Settings first, so the first screen already speaks the user's language and currency.
  try {
    await useSettingsStore(pinia).load()
  } catch (err) {
    console.warn('settings could not be loaded; using defaults', err)
  }
  app.use(router)
  app.mount('#app')
}

void start()

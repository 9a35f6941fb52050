// Whether the store holds any data (welcome screen), and where it is.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call, type RouteOutput } from '../api'

export const useAppStore = defineStore('app', () => {
  const status = ref<RouteOutput<'app.state'> | null>(null)

  async function refresh() {
    status.value = await call('app.state', {})
    return status.value
  }

  return { status, refresh }
})

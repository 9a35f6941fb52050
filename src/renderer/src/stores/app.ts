// Whether the store holds any data (welcome screen) and how much.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call, type RouteOutput } from '../api'

export const useAppStore = defineStore('app', () => {
  const status = ref<RouteOutput<'app.status'> | null>(null)

  async function refresh() {
    status.value = await call('app.status', {})
    return status.value
  }

  return { status, refresh }
})

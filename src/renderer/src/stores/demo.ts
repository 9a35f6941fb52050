// Loading demo data: one long core call with 'demo:progress' events.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call, on } from '../api'

export interface DemoProgress {
  done: number
  total: number | null
}

/** Reads the generator's progress event without depending on every field it may carry. */
function readProgress(payload: unknown): DemoProgress | null {
  if (!payload || typeof payload !== 'object') return null
  const p = payload as Record<string, unknown>
  const done = [p.done, p.transactions, p.written, p.rows].find((v) => typeof v === 'number') as number | undefined
  const total = [p.total, p.target].find((v) => typeof v === 'number') as number | undefined
  return done === undefined ? null : { done, total: total ?? null }
}

export const useDemoStore = defineStore('demo', () => {
  const running = ref(false)
  const progress = ref<DemoProgress | null>(null)

  async function load(transactions: number) {
    running.value = true
    progress.value = null
    const off = on('demo:progress', (payload) => {
      progress.value = readProgress(payload) ?? progress.value
    })
    try {
      return await call('demo.load', { transactions })
    } finally {
      off()
      running.value = false
    }
  }

  return { running, progress, load }
})

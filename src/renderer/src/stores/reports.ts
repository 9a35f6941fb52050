// The Reports screen: the chosen report, its preview from core, and saving it through the native dialog.
import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import { call, errorMessage, on, type RouteInput, type RouteOutput } from '../api'
import type { AppLocale, ReportingCurrency } from '../i18n/locales'
import type { CountryCode } from '../../../shared/countries'

type Params = RouteInput<'reports.preview'>['params']
export type ReportType = Params['type']
export type ReportFormat = RouteInput<'reports.save'>['format']
export interface Progress {
  job: string | null
  step: 'build' | 'render' | 'pick' | 'write' | 'done'
  done: number
  total: number
}

function lastMonth(last: string): { from: string; to: string } {
  return { from: last.slice(0, 8) + '01', to: last }
}

export const useReportsStore = defineStore('reports', () => {
  const options = ref<RouteOutput<'reports.options'> | null>(null)
  const form = reactive({
    type: 'statement' as ReportType,
    merchant: '',
    country: '' as '' | CountryCode,
    rep: '',
    from: '',
    to: '',
    currency: 'NOK' as ReportingCurrency,
    locale: 'en' as AppLocale
  })
  const preview = ref<RouteOutput<'reports.preview'> | null>(null)
  const busy = ref<null | 'preview' | ReportFormat>(null)
  const progress = ref<Progress | null>(null)
  const error = ref<string | null>(null)
  const saved = ref<{ path: string; bytes: number } | null>(null)
  const cancelledSave = ref(false)
  /** What the preview shows: saving writes exactly that report, even if the form has changed since. */
  let previewed: Params | null = null
  let job: string | null = null
  let unsubscribe: (() => void) | null = null

  async function init(defaults: { currency: ReportingCurrency; locale: AppLocale }) {
    unsubscribe ??= on<Progress>('report:progress', (p) => {
      if (p.job === job) progress.value = p
    })
    error.value = null
    try {
      const o = await call('reports.options', {})
      options.value = o
      if (!form.merchant && o.merchants.length) form.merchant = o.merchants[0].name
      if (!form.from && o.span.last) Object.assign(form, lastMonth(o.span.last))
      if (!form.from) {
        const today = new Date().toISOString().slice(0, 10)
        Object.assign(form, lastMonth(today))
      }
      form.currency = defaults.currency
      form.locale = defaults.locale
    } catch (err) {
      error.value = errorMessage(err)
    }
  }

  function params(): Params {
    const p: Params = { type: form.type, from: form.from, to: form.to, currency: form.currency, locale: form.locale }
    if (form.type === 'statement') p.merchant = form.merchant
    else {
      if (form.country) p.country = form.country
      if (form.rep) p.rep = form.rep
    }
    return p
  }

  function newJob(): string {
    job = `report-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    progress.value = null
    return job
  }

  async function build() {
    busy.value = 'preview'
    error.value = null
    saved.value = null
    cancelledSave.value = false
    const wanted = params()
    try {
      preview.value = await call('reports.preview', { params: wanted, job: newJob() })
      previewed = wanted
    } catch (err) {
      preview.value = null
      previewed = null
      if (!(err instanceof Error && 'code' in err && err.code === 'cancelled')) error.value = errorMessage(err)
    } finally {
      busy.value = null
    }
  }

  async function save(format: ReportFormat) {
    busy.value = format
    error.value = null
    saved.value = null
    cancelledSave.value = false
    try {
      const r = await call('reports.save', { params: previewed ?? params(), format, job: newJob() })
      if (r.saved) saved.value = { path: r.path, bytes: r.bytes }
      else cancelledSave.value = true
    } catch (err) {
      if (!(err instanceof Error && 'code' in err && err.code === 'cancelled')) error.value = errorMessage(err)
    } finally {
      busy.value = null
    }
  }

  async function cancel() {
    if (job) await call('reports.cancel', { job })
  }

  async function openSaved() {
    if (!saved.value) return
    try {
      await call('reports.open', { path: saved.value.path })
    } catch (err) {
      error.value = errorMessage(err)
    }
  }

  return { options, form, preview, busy, progress, error, saved, cancelledSave, init, build, save, cancel, openSaved }
})

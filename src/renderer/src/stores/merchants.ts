// Onboarding reference data shared by the merchant screens: the acting profile, stages and
// checklists (from core), reps and the countries' Alipay go-live dates.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { call, type RouteInput, type RouteOutput } from '../api'
import type { CountryCode } from '../../../shared/countries'

export const useMerchantsStore = defineStore('merchants', () => {
  const profiles = ref<RouteOutput<'profiles.list'> | null>(null)
  const info = ref<RouteOutput<'merchants.pipelineInfo'> | null>(null)
  const reps = ref<RouteOutput<'merchants.reps'>>([])
  const countries = ref<RouteOutput<'countries.list'>>([])

  const active = computed(() => profiles.value?.active ?? null)
  const canEdit = computed(() => active.value?.canEdit ?? false)
  const canSettings = computed(() => active.value?.canSettings ?? false)

  async function load() {
    const [p, i, r, c] = await Promise.all([
      call('profiles.list', {}),
      call('merchants.pipelineInfo', {}),
      call('merchants.reps', {}),
      call('countries.list', {})
    ])
    profiles.value = p
    info.value = i
    reps.value = r
    countries.value = c
  }

  /** The acting profile alone, for screens outside onboarding (the sidebar's switchers). */
  async function loadProfiles() {
    profiles.value = await call('profiles.list', {})
  }

  /** Switching to an admin with a passphrase (or unlocking the acting one) needs `passphrase`. */
  async function switchProfile(id: number, passphrase?: string) {
    await call('profiles.switch', { id, passphrase })
    profiles.value = await call('profiles.list', {})
  }

  async function setPassphrase(passphrase: string, current?: string) {
    await call('profiles.setPassphrase', { passphrase, current })
    profiles.value = await call('profiles.list', {})
  }

  async function addProfile(input: RouteInput<'profiles.create'>) {
    await call('profiles.create', input)
    await load()
  }

  async function setLiveDate(country: CountryCode, date: string | null) {
    await call('countries.setLiveDate', { country, date })
    countries.value = await call('countries.list', {})
  }

  return {
    profiles,
    info,
    reps,
    countries,
    active,
    canEdit,
    canSettings,
    load,
    loadProfiles,
    switchProfile,
    setPassphrase,
    addProfile,
    setLiveDate
  }
})

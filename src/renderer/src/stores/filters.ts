// Dashboard and Transactions filters: one Pinia store, mirrored in the route query so a view can be
// bookmarked, saved by name and reopened, and a drill-down opens Transactions with the same filters.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { RouteInput } from '../api'
import { COUNTRIES, type CountryCode } from '../../../shared/countries'

export type DashboardInput = RouteInput<'analytics.dashboard'>
export type Preset = NonNullable<DashboardInput['preset']>
export type Granularity = NonNullable<DashboardInput['granularity']>
export type Country = CountryCode
export type Method = 'alipay' | 'card' | 'other'
export type CardOrigin = 'domestic' | 'cn' | 'foreign' | 'unknown'

export const PRESETS: Preset[] = ['all', 'this_month', 'last_month', 'ytd', 'last_12_months', 'custom']
export const METHODS: Method[] = ['alipay', 'card', 'other']
export const CARD_ORIGINS: CardOrigin[] = ['domestic', 'cn', 'foreign', 'unknown']

export interface FilterState {
  preset: Preset
  from?: string
  to?: string
  countries: Country[]
  merchantIds: number[]
  storeIds: number[]
  methods: Method[]
  cardOrigins: CardOrigin[]
  granularity: Granularity
}

const DEFAULTS: FilterState = {
  preset: 'all',
  countries: [],
  merchantIds: [],
  storeIds: [],
  methods: [],
  cardOrigins: [],
  granularity: 'auto'
}

const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]).flatMap((x) => String(x).split(','))
const pick = <T extends string>(v: unknown, allowed: readonly T[]): T[] =>
  list(v).filter((x): x is T => (allowed as readonly string[]).includes(x))
const ids = (v: unknown) =>
  list(v)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined)

/** Reads filters from a route query, ignoring anything malformed. */
export function filtersFromQuery(q: LocationQuery): FilterState {
  const preset = (PRESETS as string[]).includes(String(q.preset)) ? (q.preset as Preset) : DEFAULTS.preset
  const granularity = ['auto', 'day', 'week', 'month'].includes(String(q.g)) ? (q.g as Granularity) : 'auto'
  return {
    preset,
    from: day(q.from),
    to: day(q.to),
    countries: pick(q.country, COUNTRIES),
    merchantIds: ids(q.merchant),
    storeIds: ids(q.store),
    methods: pick(q.method, METHODS),
    cardOrigins: pick(q.origin, CARD_ORIGINS),
    granularity
  }
}

/** Only what differs from the defaults, so the plain dashboard keeps a clean URL. */
export function filtersToQuery(f: FilterState): LocationQueryRaw {
  const q: LocationQueryRaw = {}
  if (f.preset !== DEFAULTS.preset) q.preset = f.preset
  if (f.preset === 'custom') {
    if (f.from) q.from = f.from
    if (f.to) q.to = f.to
  }
  if (f.countries.length) q.country = f.countries.join(',')
  if (f.merchantIds.length) q.merchant = f.merchantIds.join(',')
  if (f.storeIds.length) q.store = f.storeIds.join(',')
  if (f.methods.length) q.method = f.methods.join(',')
  if (f.cardOrigins.length) q.origin = f.cardOrigins.join(',')
  if (f.granularity !== 'auto') q.g = f.granularity
  return q
}

/** The route input for a filter state (empty lists mean "all"). */
export function toInput(f: FilterState, currency: DashboardInput['currency']): DashboardInput {
  const some = <T>(xs: T[]) => (xs.length ? xs : undefined)
  return {
    preset: f.preset,
    from: f.preset === 'custom' ? f.from : undefined,
    to: f.preset === 'custom' ? f.to : undefined,
    countries: some(f.countries),
    merchantIds: some(f.merchantIds),
    storeIds: some(f.storeIds),
    methods: some(f.methods),
    cardOrigins: some(f.cardOrigins),
    currency,
    granularity: f.granularity
  }
}

export const useFiltersStore = defineStore('filters', () => {
  const state = ref<FilterState>({ ...DEFAULTS })
  const query = computed(() => filtersToQuery(state.value))

  function set(next: Partial<FilterState>) {
    state.value = { ...state.value, ...next }
  }
  function reset() {
    state.value = { ...DEFAULTS }
  }
  function fromQuery(q: LocationQuery) {
    state.value = filtersFromQuery(q)
  }
  return { state, query, set, reset, fromQuery }
})

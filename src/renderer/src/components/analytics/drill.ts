// Turns a click on a KPI, bar, point or heatmap cell into Transactions' route query.
import type { LocationQueryRaw } from 'vue-router'
import { filtersToQuery, type CardOrigin, type FilterState, type Method } from '../../stores/filters'
import type { SegmentKey } from './segmentStyle'

export const SEGMENT_FILTER: Record<SegmentKey, { methods: Method[]; cardOrigins: CardOrigin[] }> = {
  alipay: { methods: ['alipay'], cardOrigins: [] },
  card: { methods: ['card'], cardOrigins: [] },
  card_domestic: { methods: ['card'], cardOrigins: ['domestic'] },
  card_cn: { methods: ['card'], cardOrigins: ['cn'] },
  card_foreign: { methods: ['card'], cardOrigins: ['foreign'] },
  chinese_customers: { methods: ['alipay', 'card'], cardOrigins: ['cn'] }
}

const addDays = (day: string, n: number) => new Date(Date.parse(day + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10)

/** The days a period key covers: '2018-06-14' (day), Monday '2018-06-11' (week) or '2018-06' (month). */
export function periodRange(key: string, granularity: 'day' | 'week' | 'month'): { from: string; to: string } {
  if (granularity === 'day') return { from: key, to: key }
  if (granularity === 'week') return { from: key, to: addDays(key, 6) }
  const from = key + '-01'
  return { from, to: addDays(addDays(from, 32).slice(0, 7) + '-01', -1) }
}

export interface Drill {
  segment?: SegmentKey
  range?: { from: string; to: string }
  countries?: FilterState['countries']
  merchantIds?: number[]
  storeIds?: number[]
  weekday?: number
  hour?: number
}

export function drillQuery(base: FilterState, current: { from: string; to: string }, d: Drill): LocationQueryRaw {
  const range = d.range ?? current
  const next: FilterState = {
    ...base,
    preset: 'custom',
    from: range.from,
    to: range.to,
    ...(d.segment ? SEGMENT_FILTER[d.segment] : {}),
    ...(d.countries ? { countries: d.countries } : {}),
    ...(d.merchantIds ? { merchantIds: d.merchantIds } : {}),
    ...(d.storeIds ? { storeIds: d.storeIds } : {})
  }
  const q = filtersToQuery(next)
  if (d.weekday !== undefined) q.weekday = String(d.weekday)
  if (d.hour !== undefined) q.hour = String(d.hour)
  if (d.segment) q.kind = 'payment'
  return q
}

import type { Db } from '../db/open'
import { toDecimal } from '../money/decimal'
import type { Target } from '../rollup/cubes'
import { addToSegmentSums, emptySegmentSums, type Bin, type SegmentSums } from './kpis'
import { periodKeys, type Granularity, type Range } from './period'
import { prepared } from '../db/prepared'
import { queryCube, type CubeFilter, type CubeRow } from './query'
import { SEGMENTS, type Segment } from './segments'
import { emptyTotals, formatTotals, type SegmentTotals } from './stats'

export type BreakdownBy = 'country' | 'merchant' | 'store' | 'month' | 'week' | 'day'

export interface BreakdownRow {
  key: string
  label: string
  segments: Record<Segment, SegmentTotals>
  /** Gross of all payments in this row, in minor units (for sorting and bars). */
  grossMinor: number
}

/** Segment sums per group key (a country, merchant id, store id or period). */
type Groups = Map<string | number, SegmentSums>

/**
 * Adds a money row into its group's sums as the rows come: no list of rows per group to walk again, which a filter's
 * first answer did unoptimised for every breakdown row and period.
 */
function addToGroup(groups: Groups, key: string | number, row: CubeRow): void {
  let group = groups.get(key)
  if (!group) groups.set(key, (group = emptySegmentSums()))
  addToSegmentSums(group, row)
}

function labels(db: Db, by: BreakdownBy): Map<string, string> {
  if (by === 'merchant')
    return new Map(
      (prepared(db, 'SELECT id, name FROM merchants').all() as { id: number; name: string }[]).map((m) => [String(m.id), m.name])
    )
  if (by === 'store')
    return new Map(
      (
        prepared(db, 'SELECT s.id, s.name, m.name AS merchant FROM stores s JOIN merchants m ON m.id = s.merchant_id').all() as {
          id: number
          name: string
          merchant: string
        }[]
      ).map((s) => [String(s.id), `${s.merchant} — ${s.name}`])
    )
  return new Map()
}

function shape(db: Db, groups: Groups, target: Target, by: BreakdownBy): BreakdownRow[] {
  const names = labels(db, by)
  const out: BreakdownRow[] = []
  for (const [id, group] of groups) {
    const key = String(id)
    out.push({
      key,
      label: names.get(key) ?? (by === 'store' && key === '0' ? '(no store)' : key),
      segments: formatTotals(group.totals, target),
      grossMinor: group.all.gross
    })
  }
  const isPeriod = by === 'month' || by === 'week' || by === 'day'
  return out.sort((a, b) =>
    isPeriod ? a.key.localeCompare(b.key) : b.grossMinor - a.grossMinor || a.label.localeCompare(b.label)
  )
}

/** Segment totals per country, merchant, store or period; the rows add up to the total to the øre. */
export function breakdown(db: Db, filter: CubeFilter, target: Target, by: BreakdownBy): BreakdownRow[] {
  const rows = queryCube(db, { family: 'money', by: [by, 'method', 'origin', 'kind'], filter, target })
  const groups: Groups = new Map()
  for (let i = 0; i < rows.length; i++) addToGroup(groups, rows[i][by], rows[i])
  return shape(db, groups, target, by)
}

/** Money cube rows per merchant, store, method, origin and kind: what the entity breakdowns are grouped from. */
export const entityRows = (db: Db, filter: CubeFilter, target: Target) =>
  queryCube(db, { family: 'money', by: ['merchant', 'store', 'method', 'origin', 'kind'], filter, target })

/** Country, merchant and store breakdowns from one store-level read (the same integers, grouped three ways). */
export function entityBreakdowns(db: Db, filter: CubeFilter, target: Target, rows = entityRows(db, filter, target)) {
  const countryOf = new Map(
    (prepared(db, 'SELECT id, country FROM merchants').all() as { id: number; country: string }[]).map((m) => [m.id, m.country])
  )
  // Three plain declarations: a destructured [0, 0, 0].map(…) was a deoptimisation (wrong map) in a first answer.
  const countries: Groups = new Map()
  const merchants: Groups = new Map()
  const stores: Groups = new Map()
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    addToGroup(countries, countryOf.get(Number(r.merchant)) ?? '?', r)
    addToGroup(merchants, r.merchant, r)
    addToGroup(stores, r.store, r)
  }
  return {
    byCountry: shape(db, countries, target, 'country'),
    byMerchant: shape(db, merchants, target, 'merchant'),
    byStore: shape(db, stores, target, 'store')
  }
}

export interface Series {
  granularity: Granularity
  periods: string[]
  /** Per segment and period: payments count and gross (decimal strings), aligned with `periods`. */
  segments: Record<Segment, { count: number[]; gross: string[] }>
}

export function series(db: Db, filter: CubeFilter, target: Target, granularity: Granularity, range: Range): Series {
  const rows = queryCube(db, { family: 'money', by: [granularity, 'method', 'origin', 'kind'], filter, target })
  const periods = periodKeys(range, granularity)
  const groups: Groups = new Map()
  for (let i = 0; i < rows.length; i++) addToGroup(groups, rows[i][granularity], rows[i])
  const segments = Object.fromEntries(
    SEGMENTS.map((s) => [s, { count: [] as number[], gross: [] as string[] }])
  ) as Series['segments']
  const none = emptyTotals()
  for (const p of periods) {
    const totals = groups.get(p)?.totals ?? none
    for (const s of SEGMENTS) {
      segments[s].count.push(totals[s].count)
      segments[s].gross.push(toDecimal(totals[s].gross, target))
    }
  }
  return { granularity, periods, segments }
}

/** Payments per weekday (0 = Monday) × local hour, in the merchant's own time zone. */
export function heatmap(db: Db, filter: CubeFilter): { counts: number[][]; max: number } {
  const rows = queryCube(db, { family: 'hour', by: ['weekday', 'hour'], filter })
  const counts = Array.from({ length: 7 }, () => Array(24).fill(0) as number[])
  for (const r of rows) counts[Number(r.weekday)][Number(r.hour)] += r.count
  return { counts, max: Math.max(0, ...counts.flat()) }
}

export interface TicketDistribution {
  /** Lower bound of each bin in the reporting currency (decimal strings); bins double every two steps. */
  edges: string[]
  segments: Record<Segment, number[]>
}

/** Ticket sizes per segment on a logarithmic axis (two bins per doubling), in the reporting currency. */
export function ticketDistribution(bins: Bin[], target: Target): TicketDistribution {
  const binOf = (minor: number) => (minor <= 1 ? 0 : Math.floor(2 * Math.log2(minor)))
  const keys = bins.map((b) => binOf(Math.sqrt(Math.max(b.lo, 1) * Math.max(b.hi, 1))))
  const first = keys.length ? Math.min(...keys) : 0
  const last = keys.length ? Math.max(...keys) : -1
  const width = last - first + 1
  const segments = Object.fromEntries(SEGMENTS.map((s) => [s, Array(width).fill(0) as number[]])) as Record<Segment, number[]>
  bins.forEach((b, i) => {
    for (const s of b.segment) segments[s][keys[i] - first] += b.count
  })
  const edges = Array.from({ length: width }, (_, i) => toDecimal(Math.round(2 ** ((first + i) / 2)), target))
  return { edges, segments }
}

export interface TopMerchant {
  merchantId: number
  name: string
  country: string
  gross: string
  previousGross: string
  growth: string
  /** Relative growth, null when the merchant had no Alipay sales before. */
  growthPct: number | null
}

/** Alipay payments per merchant in entity rows (entityRows), kept where they count any payment. */
function alipayOf(rows: CubeRow[]): Map<number, number> {
  const sums = new Map<number, { count: number; amount: number }>()
  for (const r of rows) {
    if (r.method !== 'alipay' || r.kind !== 'payment') continue
    const id = Number(r.merchant)
    const sum = sums.get(id)
    if (sum) {
      sum.count += r.count
      sum.amount += r.amount
    } else sums.set(id, { count: r.count, amount: r.amount })
  }
  const out = new Map<number, number>()
  for (const [id, sum] of sums) if (sum.count !== 0) out.set(id, sum.amount)
  return out
}

/**
 * Top merchants by Alipay gross in the range, and by growth over the previous period. `entities`: the range's entity
 * rows (entityRows), which hold its Alipay payments unless the filter leaves them out, saving a read.
 */
export function topMerchants(db: Db, filter: CubeFilter, previous: CubeFilter, target: Target, limit = 10, entities?: CubeRow[]) {
  const alipay = (f: CubeFilter) =>
    new Map(
      queryCube(db, { family: 'money', by: ['merchant'], filter: { ...f, methods: ['alipay'], kinds: ['payment'] }, target }).map(
        (r) => [Number(r.merchant), r.amount]
      )
    )
  const keepsAlipay =
    (!filter.methods || filter.methods.includes('alipay')) && (!filter.kinds || filter.kinds.includes('payment'))
  const now = entities && keepsAlipay ? alipayOf(entities) : alipay(filter)
  const before = alipay(previous)
  const merchants = prepared(db, 'SELECT id, name, country FROM merchants').all() as {
    id: number
    name: string
    country: string
  }[]
  const rows = merchants
    .filter((m) => now.has(m.id) || before.has(m.id))
    .map((m) => {
      const a = now.get(m.id) ?? 0
      const b = before.get(m.id) ?? 0
      return { m, a, b }
    })
  const shape = ({ m, a, b }: (typeof rows)[number]): TopMerchant => ({
    merchantId: m.id,
    name: m.name,
    country: m.country,
    gross: toDecimal(a, target),
    previousGross: toDecimal(b, target),
    growth: toDecimal(a - b, target),
    growthPct: b === 0 ? null : Math.round(((a - b) / b) * 1e4) / 1e4
  })
  return {
    byVolume: [...rows]
      .filter((r) => r.a > 0)
      .sort((x, y) => y.a - x.a)
      .slice(0, limit)
      .map(shape),
    byGrowth: [...rows]
      .sort((x, y) => y.a - y.b - (x.a - x.b))
      .slice(0, limit)
      .map(shape)
  }
}

export interface CountryAdoption {
  country: string
  liveDate: string | null
  months: { month: string; merchantsLive: number; merchantsActive: number; volume: string; cumulativeVolume: string }[]
}

/** Per country and month since its Alipay go-live: merchants live, merchants with Alipay sales, Alipay volume. */
export function adoption(db: Db, filter: CubeFilter, target: Target, span: Range): CountryAdoption[] {
  const countries = prepared(db, 'SELECT code, alipay_live_date AS live FROM countries ORDER BY code').all() as {
    code: string
    live: string | null
  }[]
  const rows = queryCube(db, {
    family: 'money',
    by: ['country', 'month', 'merchant'],
    filter: {
      from: span.from,
      to: span.to,
      countries: filter.countries,
      merchantIds: filter.merchantIds,
      methods: ['alipay'],
      kinds: ['payment'],
      source: filter.source
    },
    target
  })
  const liveSince = prepared(db, 'SELECT id, country, live_since AS since FROM merchants WHERE live_since IS NOT NULL').all() as {
    id: number
    country: string
    since: string
  }[]
  const inMonths = new Map<string, { volume: number; merchants: Set<string | number> }>()
  // Index loops and no filter/map chains: an empty filtered array has another elements kind than a full one, and
  // each kind met for the first time threw this function's optimised code away (one deopt per new kind).
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    const key = `${r.country}|${r.month}`
    let cell = inMonths.get(key)
    if (!cell) inMonths.set(key, (cell = { volume: 0, merchants: new Set() }))
    cell.volume += r.amount
    cell.merchants.add(r.merchant)
  }
  const out: CountryAdoption[] = []
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i]
    if (filter.countries && !filter.countries.includes(c.code)) continue
    if (!c.live) {
      out.push({ country: c.code, liveDate: null, months: [] })
      continue
    }
    const keys = periodKeys({ from: c.live > span.from ? c.live : span.from, to: span.to }, 'month')
    const liveMonths: string[] = []
    for (let j = 0; j < liveSince.length; j++) {
      const m = liveSince[j]
      if (m.country === c.code && (!filter.merchantIds || filter.merchantIds.includes(m.id))) liveMonths.push(m.since.slice(0, 7))
    }
    liveMonths.sort()
    const months: CountryAdoption['months'] = []
    let live = 0
    let cumulative = 0
    for (let j = 0; j < keys.length; j++) {
      const month = keys[j]
      while (live < liveMonths.length && liveMonths[live] <= month) live++
      const cell = inMonths.get(`${c.code}|${month}`)
      const volume = cell?.volume ?? 0
      cumulative += volume
      months.push({
        month,
        merchantsLive: live,
        merchantsActive: cell?.merchants.size ?? 0,
        volume: toDecimal(volume, target),
        cumulativeVolume: toDecimal(cumulative, target)
      })
    }
    out.push({ country: c.code, liveDate: c.live, months })
  }
  return out
}

import type { Db } from '../db/open'
import type { CountryCode } from '../time/zones'
import { MAIN_STAGES, STAGES, isMainStage, stageIndex, type MainStage, type Stage } from './stages'
import { STAGE_SINCE_SQL } from './stage-since'

const DAY_MS = 86_400_000
/** Stages in which nobody is waiting for the rep: they never count as stale. */
export const SETTLED_STAGES: Stage[] = ['live', 'rejected', 'churned']

export interface MetricsFilter {
  country?: CountryCode
  repId?: number
  staleDays?: number
}

interface MerchantRow {
  id: number
  name: string
  country: CountryCode
  repId: number | null
  rep: string | null
  stage: Stage
  stageSince: number
  liveSince: string | null
  createdAt: number
}

interface StageEvent {
  merchantId: number
  at: number
  before: string | null
  after: string
}

export interface PipelineMetrics {
  merchants: number
  perStage: Record<Stage, number>
  /** How many merchants ever reached each main stage, and the share of those that reached the one before. */
  funnel: { stage: MainStage; reached: number; conversionPct: number | null }[]
  /** Median whole stays (entered and left) per main stage, in days with one decimal; null when none. */
  medianDaysInStage: Record<MainStage, number | null>
  medianDaysToLive: number | null
  goLivesByMonth: { month: string; count: number }[]
  staleDays: number
  stale: { id: number; name: string; country: CountryCode; stage: Stage; rep: string | null; daysInStage: number }[]
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const m = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return Math.round(m * 10) / 10
}

function load(db: Db, filter: MetricsFilter): { rows: MerchantRow[]; events: Map<number, StageEvent[]> } {
  const rows = db
    .prepare(
      `SELECT m.id, m.name, m.country, m.rep_id AS repId, r.name AS rep, m.stage, ${STAGE_SINCE_SQL} AS stageSince,
              m.live_since AS liveSince, m.created_at AS createdAt
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id
        WHERE (? IS NULL OR m.country = ?) AND (? IS NULL OR m.rep_id = ?)
        ORDER BY m.name COLLATE NOCASE`
    )
    .all(filter.country ?? null, filter.country ?? null, filter.repId ?? null, filter.repId ?? null) as MerchantRow[]
  const events = new Map<number, StageEvent[]>()
  const all = db
    .prepare(
      `SELECT e.merchant_id AS merchantId, e.at, e.before, e.after FROM merchant_events e JOIN merchants m ON m.id = e.merchant_id
        WHERE e.kind = 'stage' AND e.at >= m.created_at ORDER BY e.at, e.id`
    )
    .all() as StageEvent[]
  for (const e of all) {
    const list = events.get(e.merchantId) ?? []
    list.push(e)
    events.set(e.merchantId, list)
  }
  return { rows, events }
}

/** Stays in main stages reconstructed from the trail; a merchant starts as a lead when created. */
function stays(row: MerchantRow, events: StageEvent[]): { stage: string; from: number; to: number | null }[] {
  const out: { stage: string; from: number; to: number | null }[] = []
  let current = { stage: events.length ? (events[0].before ?? 'lead') : row.stage, from: row.createdAt }
  for (const e of events) {
    out.push({ ...current, to: e.at })
    current = { stage: e.after, from: e.at }
  }
  out.push({ ...current, to: null })
  return out
}

export function pipelineMetrics(db: Db, filter: MetricsFilter = {}, now = Date.now()): PipelineMetrics {
  const staleDays = filter.staleDays ?? 30
  const { rows, events } = load(db, filter)
  const perStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>
  const reached = MAIN_STAGES.map(() => 0)
  const durations = Object.fromEntries(MAIN_STAGES.map((s) => [s, [] as number[]])) as Record<MainStage, number[]>
  const toLive: number[] = []
  const months = new Map<string, number>()
  const stale: PipelineMetrics['stale'] = []

  for (const row of rows) {
    perStage[row.stage] = (perStage[row.stage] ?? 0) + 1
    const history = stays(row, events.get(row.id) ?? [])
    let highest = isMainStage(row.stage) ? stageIndex(row.stage) : 0
    for (const s of history) if (isMainStage(s.stage)) highest = Math.max(highest, stageIndex(s.stage))
    if (row.liveSince !== null) highest = stageIndex('live')
    for (let i = 0; i <= highest; i++) reached[i]++
    // The first stay starts at creation; that is its true start only for a lead (the demo and imports
    // create merchants in later stages, whose entry time is unknown), so only then does it count.
    const timed = history[0].stage === 'lead' ? history : history.slice(1)
    for (const s of timed) if (s.to !== null && isMainStage(s.stage)) durations[s.stage].push((s.to - s.from) / DAY_MS)
    const wentLive =
      history.slice(1).find((s) => s.stage === 'live')?.from ?? (row.liveSince ? Date.parse(row.liveSince + 'T12:00:00Z') : null)
    if (wentLive !== null && wentLive >= row.createdAt) toLive.push((wentLive - row.createdAt) / DAY_MS)
    if (row.liveSince) months.set(row.liveSince.slice(0, 7), (months.get(row.liveSince.slice(0, 7)) ?? 0) + 1)
    const daysInStage = Math.floor((now - row.stageSince) / DAY_MS)
    if (!SETTLED_STAGES.includes(row.stage) && daysInStage > staleDays) {
      stale.push({ id: row.id, name: row.name, country: row.country, stage: row.stage, rep: row.rep, daysInStage })
    }
  }
  return {
    merchants: rows.length,
    perStage,
    funnel: MAIN_STAGES.map((stage, i) => ({
      stage,
      reached: reached[i],
      conversionPct: i === 0 || reached[i - 1] === 0 ? null : Math.round((reached[i] / reached[i - 1]) * 1000) / 10
    })),
    medianDaysInStage: Object.fromEntries(MAIN_STAGES.map((s) => [s, median(durations[s])])) as Record<MainStage, number | null>,
    medianDaysToLive: median(toLive),
    goLivesByMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    staleDays,
    stale: stale.sort((a, b) => b.daysInStage - a.daysInStage)
  }
}

export interface BreakdownRow {
  key: string
  label: string
  merchants: number
  perStage: Record<Stage, number>
  live: number
  medianDaysToLive: number | null
  stale: number
}

/** The same metrics side by side per country or per rep. */
export function pipelineBreakdown(db: Db, by: 'country' | 'rep', staleDays = 30, now = Date.now()): BreakdownRow[] {
  if (by === 'country') {
    const countries = db.prepare('SELECT code, name FROM countries').all() as { code: CountryCode; name: string }[]
    return countries.map((c) => row(c.code, c.name, pipelineMetrics(db, { country: c.code, staleDays }, now)))
  }
  const reps = db.prepare('SELECT id, name FROM reps ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[]
  return reps.map((r) => row(String(r.id), r.name, pipelineMetrics(db, { repId: r.id, staleDays }, now)))
}

function row(key: string, label: string, m: PipelineMetrics): BreakdownRow {
  return {
    key,
    label,
    merchants: m.merchants,
    perStage: m.perStage,
    live: m.perStage.live,
    medianDaysToLive: m.medianDaysToLive,
    stale: m.stale.length
  }
}

import type { Db } from '../db/open'
import { UserError } from '../errors'
import { COUNTRIES } from '../time/zones'
import type { ReportParams } from './params'
import { repMerchantIds, scopeLabel, share } from './scope'
import type { PipelineModel } from './types'
import { MAIN_STAGES as ONBOARDING_MAIN, SIDE_STAGES as ONBOARDING_SIDE } from '../merchants/stages'

/** The onboarding path in order, then the side states. Stages found in the store but not listed here are appended. */
export const MAIN_STAGES: readonly string[] = ONBOARDING_MAIN
export const SIDE_STAGES: readonly string[] = ONBOARDING_SIDE
const CLOSED = new Set(['live', 'rejected', 'churned'])
export const STALE_DAYS = 30
const DAY_MS = 86_400_000

interface Row {
  id: number
  name: string
  country: string
  stage: string
  rep: string | null
  liveSince: string | null
  lastChange: number
}

function merchantsInScope(db: Db, p: ReportParams, end: number): Row[] {
  const clauses: string[] = []
  const params: (string | number)[] = []
  const trail = lastChangeSql(db)
  if (trail.usesEnd) params.push(end)
  if (p.country) {
    clauses.push('m.country = ?')
    params.push(p.country)
  }
  if (p.rep) {
    const ids = repMerchantIds(db, p.rep)
    clauses.push(`m.id IN (${ids.map(() => '?').join(',') || 'NULL'})`)
    params.push(...ids)
  }
  return db
    .prepare(
      `SELECT m.id, m.name, m.country, m.stage, r.name AS rep, m.live_since AS liveSince, ${trail.sql} AS lastChange
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id
        ${clauses.length ? 'WHERE ' + clauses.join(' AND ') : ''}
        ORDER BY m.name COLLATE NOCASE`
    )
    .all(...params) as Row[]
}

/** Last change of a merchant by the period's end: the newest onboarding audit entry until then, else its creation. */
function lastChangeSql(db: Db): { sql: string; usesEnd: boolean } {
  const trail = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'merchant_events'").get()
  if (!trail) return { sql: 'm.created_at', usesEnd: false }
  return {
    sql: 'COALESCE((SELECT MAX(e.at) FROM merchant_events e WHERE e.merchant_id = m.id AND e.at <= ?), m.created_at)',
    usesEnd: true
  }
}

export function buildPipeline(db: Db, p: ReportParams): PipelineModel {
  const end = Date.parse(p.to + 'T23:59:59.999Z')
  const rows = merchantsInScope(db, p, end)
  if (rows.length === 0) throw new UserError('empty_period', 'no merchants in this scope')
  const present = [...new Set(rows.map((r) => r.stage))]
  const stages = [...MAIN_STAGES, ...present.filter((s) => !MAIN_STAGES.includes(s) && !SIDE_STAGES.includes(s)), ...SIDE_STAGES]
  const countries = COUNTRIES.filter((c) => rows.some((r) => r.country === c))
  const byStage = stages.map((stage) => {
    const counts = Object.fromEntries(countries.map((c) => [c, rows.filter((r) => r.stage === stage && r.country === c).length]))
    return { stage, counts, total: rows.filter((r) => r.stage === stage).length }
  })
  // A merchant has reached every main stage up to its current one; side states and unknown stages count as leads.
  const reachedIndex = (stage: string) => Math.max(0, MAIN_STAGES.indexOf(stage))
  const funnel = MAIN_STAGES.map((stage, i) => {
    const reached = rows.filter((r) => reachedIndex(r.stage) >= i).length
    const before = i === 0 ? reached : rows.filter((r) => reachedIndex(r.stage) >= i - 1).length
    return { stage, reached, conversionPct: i === 0 ? null : before === 0 ? null : share(reached, before) }
  })
  const stale = rows
    .filter((r) => !CLOSED.has(r.stage) && r.lastChange <= end - STALE_DAYS * DAY_MS)
    .map((r) => ({
      name: r.name,
      country: r.country,
      stage: r.stage,
      rep: r.rep,
      since: new Date(r.lastChange).toISOString().slice(0, 10),
      days: Math.floor((end - r.lastChange) / DAY_MS)
    }))
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name))
  const goLives = rows
    .filter((r) => r.liveSince && r.liveSince >= p.from && r.liveSince <= p.to)
    .map((r) => ({ name: r.name, country: r.country, rep: r.rep, day: r.liveSince! }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name))
  return {
    type: 'pipeline',
    from: p.from,
    to: p.to,
    currency: p.currency,
    locale: p.locale,
    scope: scopeLabel(p),
    generatedAt: new Date().toISOString(),
    stages,
    countries,
    byStage,
    funnel,
    staleDays: STALE_DAYS,
    stale,
    goLives,
    merchants: rows.length
  }
}

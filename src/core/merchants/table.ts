import type { Db } from '../db/open'
import type { CountryCode } from '../time/zones'
import { canonicalBusinessId } from './business-id'
import { SETTLED_STAGES } from './metrics'
import { CHECKLISTS, MAIN_STAGES, isMainStage, stageIndex, type Stage } from './stages'
import { STAGE_SINCE_SQL } from './stage-since'
import { nameKey } from '../shared/names'

const DAY_MS = 86_400_000

export interface TableFilter {
  country?: CountryCode
  stage?: Stage
  repId?: number
  /** Only merchants that have been in their stage at least this many days. */
  minDaysInStage?: number
  /** Only merchants waiting longer than staleDays (settled stages never are). */
  staleOnly?: boolean
  staleDays?: number
  search?: string
}

export interface TableRow {
  id: number
  name: string
  tradingName: string | null
  country: CountryCode
  orgNumber: string | null
  stage: Stage
  stageReason: string | null
  repId: number | null
  rep: string | null
  stageSince: number
  daysInStage: number
  stale: boolean
  liveSince: string | null
  /** Required items still open before the next main stage (what blocks the next move). */
  openItems: number
}

/** The merchants table and the board's cards. Search matches names, business id digits, city and contact. */
export function merchantTable(db: Db, filter: TableFilter = {}, now = Date.now()): TableRow[] {
  const staleDays = filter.staleDays ?? 30
  const search = nameKey(filter.search ?? '')
  const digits = search.replace(/[\s-]/g, '')
  const rows = db
    .prepare(
      `SELECT m.id, m.name, m.trading_name AS tradingName, m.country, m.org_number AS orgNumber, m.stage, m.stage_reason AS stageReason,
              m.rep_id AS repId, r.name AS rep, ${STAGE_SINCE_SQL} AS stageSince, m.live_since AS liveSince,
              m.name || ' ' || COALESCE(m.trading_name, '') || ' ' || COALESCE(m.legal_name, '') || ' ' || COALESCE(m.chinese_name, '') || ' ' ||
                    COALESCE(m.city, '') || ' ' || COALESCE(m.contact_name, '') AS haystack
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id
        WHERE (? IS NULL OR m.country = ?) AND (? IS NULL OR m.stage = ?) AND (? IS NULL OR m.rep_id = ?)
        ORDER BY m.name COLLATE NOCASE, m.id`
    )
    .all(
      filter.country ?? null,
      filter.country ?? null,
      filter.stage ?? null,
      filter.stage ?? null,
      filter.repId ?? null,
      filter.repId ?? null
    ) as (Omit<TableRow, 'daysInStage' | 'stale' | 'openItems'> & { haystack: string })[]
  // Ticked items of every merchant in one read, rather than a checklist query per row.
  const ticked = new Map<number, Set<string>>()
  for (const t of db.prepare('SELECT merchant_id AS id, item FROM checklist_items WHERE done = 1').all() as {
    id: number
    item: string
  }[]) {
    let set = ticked.get(t.id)
    if (!set) ticked.set(t.id, (set = new Set()))
    set.add(t.item)
  }
  const openBefore = (id: number, next: Stage) => {
    const done = ticked.get(id)
    let open = 0
    for (const stage of MAIN_STAGES.slice(0, MAIN_STAGES.indexOf(next as never))) {
      for (const item of CHECKLISTS[stage]) if (item.required && !done?.has(item.key)) open++
    }
    return open
  }
  const out: TableRow[] = []
  for (const { haystack, ...r } of rows) {
    if (
      search &&
      !nameKey(haystack).includes(search) &&
      !(digits.length >= 3 && /^\d+$/.test(digits) && (r.orgNumber ?? '').includes(digits))
    )
      continue
    const daysInStage = Math.max(0, Math.floor((now - r.stageSince) / DAY_MS))
    const stale = !SETTLED_STAGES.includes(r.stage) && daysInStage > staleDays
    if (filter.minDaysInStage !== undefined && daysInStage < filter.minDaysInStage) continue
    if (filter.staleOnly && !stale) continue
    const next = isMainStage(r.stage) && r.stage !== 'live' ? MAIN_STAGES[stageIndex(r.stage) + 1] : null
    out.push({
      ...r,
      orgNumber: r.orgNumber ? canonicalBusinessId(r.country, r.orgNumber) : null,
      daysInStage,
      stale,
      openItems: next ? openBefore(r.id, next) : 0
    })
  }
  return out
}

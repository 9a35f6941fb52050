import type { Db } from '../db/open'
import type { CountryCode } from '../time/zones'
import { canonicalBusinessId } from './business-id'
import { STAGE_SINCE_SQL } from './stage-since'

export interface MerchantListRow {
  id: number
  name: string
  country: string
  orgNumber: string | null
  stage: string
  rep: string | null
  stores: number
}

/** Every merchant with its rep and number of stores, by name: the pickers of the filters and settings. */
export function listMerchants(db: Db): MerchantListRow[] {
  return db
    .prepare(
      `SELECT m.id, m.name, m.country, m.org_number AS orgNumber, m.stage, r.name AS rep,
              (SELECT COUNT(*) FROM stores s WHERE s.merchant_id = m.id) AS stores
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id ORDER BY m.name COLLATE NOCASE`
    )
    .all() as MerchantListRow[]
}

/** Every merchant with its onboarding state, as `kassa merchants list` prints it (the import's original keys kept). */
export function merchantDirectory(db: Db, now = Date.now()) {
  const rows = db
    .prepare(
      `SELECT m.id, m.name, m.country, m.org_number AS orgNumber, m.stage, r.name AS rep,
              ${STAGE_SINCE_SQL} AS stageSince, m.stage_reason AS stageReason, m.live_since AS liveSince
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id ORDER BY m.name COLLATE NOCASE, m.id`
    )
    .all() as {
    id: number
    name: string
    country: CountryCode
    orgNumber: string | null
    stage: string
    rep: string | null
    stageSince: number
    stageReason: string | null
    liveSince: string | null
  }[]
  return rows.map((m) => ({
    ...m,
    businessId: m.orgNumber ? canonicalBusinessId(m.country, m.orgNumber) : null,
    stageSince: new Date(m.stageSince).toISOString(),
    daysInStage: Math.max(0, Math.floor((now - m.stageSince) / 86_400_000))
  }))
}

/** The reps, by name. */
export function listReps(db: Db): { id: number; name: string; country: string | null }[] {
  return db.prepare('SELECT id, name, country FROM reps ORDER BY name COLLATE NOCASE').all() as {
    id: number
    name: string
    country: string | null
  }[]
}

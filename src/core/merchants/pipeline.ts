import { UserError } from '../errors'
import type { Db } from '../db/open'
import { localDay, type CountryCode } from '../time/zones'
import { goLiveRefusal } from './countries'
import { requirePermission, type Actor } from './profiles'
import {
  CHECKLISTS,
  CHECKLIST_ITEMS,
  MAIN_STAGES,
  STAGE_LABELS,
  isMainStage,
  isSideStage,
  stageIndex,
  type MainStage,
  type Stage
} from './stages'
import { appendEvent } from './trail'

export interface ChecklistEntry {
  key: string
  label: string
  stage: MainStage
  required: boolean
  document: boolean
  done: boolean
  changedAt: number | null
  changedBy: string | null
  documents: number
}

export function checklist(db: Db, merchantId: number): ChecklistEntry[] {
  const rows = db
    .prepare(
      `SELECT c.item, c.done, c.changed_at AS changedAt, p.name AS changedBy FROM checklist_items c
         LEFT JOIN profiles p ON p.id = c.changed_by WHERE c.merchant_id = ?`
    )
    .all(merchantId) as { item: string; done: number; changedAt: number; changedBy: string | null }[]
  const state = new Map(rows.map((r) => [r.item, r]))
  const docs = new Map(
    (
      db
        .prepare('SELECT item, COUNT(*) AS n FROM documents WHERE merchant_id = ? AND item IS NOT NULL GROUP BY item')
        .all(merchantId) as { item: string; n: number }[]
    ).map((r) => [r.item, r.n])
  )
  return MAIN_STAGES.flatMap((stage) =>
    CHECKLISTS[stage].map((t) => {
      const s = state.get(t.key)
      return {
        key: t.key,
        label: t.label,
        stage,
        required: t.required,
        document: t.document === true,
        done: s?.done === 1,
        changedAt: s?.changedAt ?? null,
        changedBy: s?.changedBy ?? null,
        documents: docs.get(t.key) ?? 0
      }
    })
  )
}

interface MerchantState {
  id: number
  name: string
  country: CountryCode
  stage: Stage
  liveSince: string | null
  partnerId: string | null
}

function merchantState(db: Db, id: number): MerchantState {
  const row = db
    .prepare(
      'SELECT id, name, country, stage, live_since AS liveSince, alipay_partner_id AS partnerId FROM merchants WHERE id = ?'
    )
    .get(id) as MerchantState | undefined
  if (!row) throw new UserError('unknown_merchant', `no merchant #${id}`)
  return row
}

export function setChecklistItem(
  db: Db,
  actor: Actor,
  merchantId: number,
  item: string,
  done: boolean,
  note: string | null = null,
  now = Date.now()
) {
  requirePermission(actor, 'merchants.edit')
  merchantState(db, merchantId)
  const template = CHECKLIST_ITEMS.get(item)
  if (!template) throw new UserError('unknown_item', `no checklist item "${item}"`)
  const before =
    (
      db.prepare('SELECT done FROM checklist_items WHERE merchant_id = ? AND item = ?').get(merchantId, item) as
        { done: number } | undefined
    )?.done === 1
  if (before === done) return checklist(db, merchantId)
  db.transaction(() => {
    db.prepare(
      `INSERT INTO checklist_items (merchant_id, item, done, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (merchant_id, item) DO UPDATE SET done = excluded.done, changed_at = excluded.changed_at, changed_by = excluded.changed_by`
    ).run(merchantId, item, done ? 1 : 0, now, actor.id)
    appendEvent(
      db,
      actor,
      {
        merchantId,
        kind: 'checklist',
        field: item,
        before: before ? 'done' : 'open',
        after: done ? 'done' : 'open',
        note: note ?? template.label
      },
      now
    )
  })()
  return checklist(db, merchantId)
}

/** Required items still open in the stages a merchant must have completed to stand in `target`. */
export function openItemsBefore(db: Db, merchantId: number, target: MainStage): ChecklistEntry[] {
  const limit = stageIndex(target)
  return checklist(db, merchantId).filter((i) => i.required && !i.done && stageIndex(i.stage) < limit)
}

/**
 * Why `to` is not allowed, or null. The rule for main stages is a single invariant: to stand in a stage,
 * every required item of all earlier stages is done — so backward moves pass and jumps cannot skip work.
 * Side states need a reason; churn only follows live.
 */
export function moveRefusal(db: Db, merchantId: number, to: Stage, reason: string | null, now = Date.now()): string | null {
  const m = merchantState(db, merchantId)
  if (m.stage === to) return `${m.name} is already in ${STAGE_LABELS[to]}`
  if (isSideStage(to)) {
    if (!reason || reason.trim() === '') return `moving ${m.name} to ${STAGE_LABELS[to]} needs a reason`
    if (to === 'churned' && m.stage !== 'live' && m.liveSince === null)
      return `${m.name} was never live, so it cannot churn; use Rejected or On hold`
    return null
  }
  const open = openItemsBefore(db, merchantId, to)
  if (open.length > 0) {
    return `${m.name} cannot move to ${STAGE_LABELS[to]}: open items ${open.map((i) => `${i.label} (${STAGE_LABELS[i.stage]})`).join(', ')}`
  }
  if (to === 'live') {
    const refusal = goLiveRefusal(db, m.country, now)
    if (refusal) return `${m.name} cannot go live: ${refusal}`
    // Alipay's settlement files name the shop by partner id; without it no sale could be matched.
    if (!m.partnerId) return `${m.name} cannot go live: record its Alipay partner id first (set up in Setup)`
  }
  return null
}

export function moveStage(db: Db, actor: Actor, merchantId: number, to: Stage, reason: string | null = null, now = Date.now()) {
  requirePermission(actor, 'merchants.edit')
  if (!isMainStage(to) && !isSideStage(to)) throw new UserError('unknown_stage', `no stage "${to}"`)
  const refusal = moveRefusal(db, merchantId, to, reason, now)
  if (refusal) throw new UserError('stage_refused', refusal)
  const m = merchantState(db, merchantId)
  db.transaction(() => {
    const liveSince = to === 'live' && m.liveSince === null ? localDay(now, m.country) : m.liveSince
    db.prepare(
      'UPDATE merchants SET stage = ?, stage_since = ?, stage_reason = ?, live_since = ?, updated_at = ? WHERE id = ?'
    ).run(to, now, isSideStage(to) ? reason!.trim() : null, liveSince, now, merchantId)
    appendEvent(
      db,
      actor,
      { merchantId, kind: 'stage', field: 'stage', before: m.stage, after: to, note: reason?.trim() || null },
      now
    )
  })()
  return merchantState(db, merchantId)
}

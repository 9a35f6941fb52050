import type { Db } from '../db/open'
import { CHECKLISTS, MAIN_STAGES, isMainStage, stageIndex } from './stages'
import { appendEvent } from './trail'

const SYSTEM = { id: null, name: 'system' }

/**
 * Merchants that an import or the demo inserted straight into `merchants` have no trail and no
 * checklist. The first time onboarding sees one, it gets a `created` entry, and a merchant already
 * past some stages gets those stages' required items ticked — it reached them outside Kassa — so
 * the stage rule does not block it for work done elsewhere. Each tick is on the trail, by "system".
 * Idempotent: merchants with any trail entry are left alone. Returns how many were adopted.
 * The entries carry the merchant's creation time (what they describe) and the adoption day in their
 * note, so "last change" and stage durations are not reset by merely opening the merchant screens.
 */
export function adoptUntrackedMerchants(db: Db, now = Date.now()): number {
  const untracked = db
    .prepare(
      `SELECT m.id, m.name, m.stage, m.created_at AS createdAt FROM merchants m
        WHERE NOT EXISTS (SELECT 1 FROM merchant_events e WHERE e.merchant_id = m.id AND e.at >= m.created_at)`
    )
    .all() as { id: number; name: string; stage: string; createdAt: number }[]
  if (untracked.length === 0) return 0
  const tick = db.prepare(
    `INSERT INTO checklist_items (merchant_id, item, done, changed_at, changed_by) VALUES (?, ?, 1, ?, NULL)
     ON CONFLICT (merchant_id, item) DO NOTHING`
  )
  db.transaction(() => {
    const adoptedOn = new Date(now).toISOString().slice(0, 10)
    for (const m of untracked) {
      const at = m.createdAt
      appendEvent(
        db,
        SYSTEM,
        { merchantId: m.id, kind: 'created', after: m.name, note: `created by an import or the demo; adopted ${adoptedOn}` },
        at
      )
      // Live, churned and on-hold-after-live merchants went through every stage before live.
      const reached = isMainStage(m.stage) ? stageIndex(m.stage) : m.stage === 'churned' ? stageIndex('live') : 0
      for (const stage of MAIN_STAGES.slice(0, reached)) {
        for (const item of CHECKLISTS[stage]) {
          if (!item.required) continue
          if (tick.run(m.id, item.key, at).changes > 0) {
            appendEvent(
              db,
              SYSTEM,
              {
                merchantId: m.id,
                kind: 'checklist',
                field: item.key,
                before: 'open',
                after: 'done',
                note: `${item.label}: stage reached before onboarding tracked it; adopted ${adoptedOn}`
              },
              at
            )
          }
        }
      }
    }
  })()
  return untracked.length
}

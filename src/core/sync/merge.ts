import type { Db } from '../db/open'
import { DELETED, MERCHANT_FIELDS } from './entities'
import { localIdOf, readRow, type Values } from './rows'

/**
 * Two merchants created by hand on two stores for the same shop (same country and business id) become one when
 * they meet in a pull: the one with the lower global id survives everywhere. Here that means the local row takes
 * the survivor's id and the other id becomes its alias, so the other's stores, checklist, documents, trail and
 * transactions, which arrive under its id, land on this row. The merged one's own field values are not applied;
 * the survivor's trail says what merged and which of its values differed. Returns 'loser' when the incoming id is
 * (or was already) merged into a local merchant: its own fields are then skipped. `won` (the incoming values to
 * write) is adjusted when the incoming merchant survives.
 */
export function mergeSameShop(db: Db, gid: string, won: Values, all: Values): 'loser' | 'survivor' | undefined {
  if (db.prepare("SELECT 1 FROM sync_aliases WHERE entity = 'merchant' AND gid = ?").get(gid)) return 'loser'
  if (!all.org_number || !all.country || all[DELETED] === '1' || localIdOf(db, 'merchant', gid) !== undefined) return undefined
  const local = db
    .prepare(
      `SELECT m.id, g.gid FROM merchants m JOIN sync_ids g ON g.entity = 'merchant' AND g.local_id = m.id
        WHERE m.country = ? AND m.org_number = ?`
    )
    .get(all.country, all.org_number) as { id: number; gid: string } | undefined
  if (!local) return undefined
  const mine = readRow(db, 'merchant', local.gid)!
  const incomingSurvives = gid < local.gid
  const [survivor, loser] = incomingSurvives ? [gid, local.gid] : [local.gid, gid]
  const [kept, merged] = incomingSurvives ? [all, mine] : [mine, all]
  if (incomingSurvives) {
    db.prepare("UPDATE sync_ids SET gid = ? WHERE entity = 'merchant' AND local_id = ?").run(survivor, local.id)
    moveUnpushed(db, loser, survivor)
  }
  db.prepare("INSERT OR REPLACE INTO sync_aliases (entity, gid, local_id) VALUES ('merchant', ?, ?)").run(loser, local.id)
  recordMerge(db, local.id, survivor, loser, kept, merged)
  // The merchant's history starts with the earlier of the two, so neither one's trail drops out of its timeline.
  const earliest = Math.min(Number(kept.created_at), Number(merged.created_at ?? kept.created_at))
  if (incomingSurvives) won.created_at = String(earliest)
  else db.prepare('UPDATE merchants SET created_at = ? WHERE id = ?').run(earliest, local.id)
  return incomingSurvives ? 'survivor' : 'loser'
}

/** Written by each store that merges; the same event id from either side, so the merged trail holds it once. */
function recordMerge(db: Db, merchantId: number, survivor: string, loser: string, kept: Values, merged: Values): void {
  const gid = `merge:${loser}:${survivor}`
  if (db.prepare('SELECT 1 FROM sync_events WHERE gid = ?').get(gid)) return
  const differing = MERCHANT_FIELDS.filter(
    (f) => f !== 'rep_id' && merged[f] !== null && merged[f] !== undefined && merged[f] !== kept[f]
  )
    .map((f) => `${f}: ${merged[f]}`)
    .join('; ')
  const note = `same shop created on two stores; kept ${survivor}, merged ${loser}${differing ? ` (its other values: ${differing})` : ''}`
  const id = db
    .prepare(
      `INSERT INTO merchant_events (merchant_id, at, profile_name, kind, before, after, note) VALUES (?, ?, 'sync', 'merged', ?, ?, ?)`
    )
    .run(merchantId, Date.now(), merged.name ?? null, kept.name ?? null, note).lastInsertRowid
  db.prepare('INSERT INTO sync_events (event_id, gid, merchant_gid, pushed) VALUES (?, ?, ?, 0)').run(Number(id), gid, survivor)
}

/**
 * What this store had not sent yet for its own merchant, now merged away: its stores, checklist items, documents
 * and trail events go out under the survivor's id; its own field values do not (they would overwrite the
 * survivor's), so they are left unsent — the merge entry lists those that differ.
 */
function moveUnpushed(db: Db, from: string, to: string): void {
  db.prepare(
    `UPDATE OR REPLACE sync_fields SET key = json_array(?, json_extract(key, '$[1]'))
      WHERE dirty = 1 AND entity IN ('store', 'checklist', 'document') AND json_extract(key, '$[0]') = ?`
  ).run(to, from)
  db.prepare("UPDATE sync_fields SET dirty = 0 WHERE dirty = 1 AND entity = 'merchant' AND key = ?").run(from)
  db.prepare('UPDATE sync_events SET merchant_gid = ? WHERE pushed = 0 AND merchant_gid = ?').run(to, from)
}

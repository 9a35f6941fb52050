import type { Db } from '../db/open'
import { localDay } from '../time/zones'
import { isSideStage } from '../merchants/stages'
import { merchantLocalId } from './rows'
import { inTransaction, type Server } from './server'
import { applying, cursor, nodeId, setCursor } from './state'

/** Sends the trail events the server does not have; the server merges by event id and never changes one. */
export async function pushEvents(db: Db, server: Server): Promise<number> {
  const events = db
    .prepare(
      `SELECT s.event_id AS id, s.gid, s.merchant_gid AS merchantGid, e.at, e.profile_name AS profileName, e.kind, e.field,
              e.before, e.after, e.note
         FROM sync_events s JOIN merchant_events e ON e.id = s.event_id
        WHERE s.pushed = 0 AND s.merchant_gid IS NOT NULL ORDER BY s.event_id`
    )
    .all() as {
    id: number
    gid: string
    merchantGid: string
    at: number
    profileName: string
    kind: string
    field: string | null
    before: string | null
    after: string | null
    note: string | null
  }[]
  if (events.length === 0) return 0
  const col = <K extends keyof (typeof events)[number]>(k: K) => events.map((e) => e[k])
  await inTransaction(server, () =>
    server.query(
      `INSERT INTO kassa.events (gid, merchant_gid, at, profile_name, kind, field, before, after, note, node)
       SELECT u.*, $10 FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
                    AS u(gid, merchant_gid, at, profile_name, kind, field, before, after, note)
        WHERE EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = u.merchant_gid)
       ON CONFLICT (gid) DO NOTHING`,
      [
        col('gid'),
        col('merchantGid'),
        col('at'),
        col('profileName'),
        col('kind'),
        col('field'),
        col('before'),
        col('after'),
        col('note'),
        nodeId(db)
      ]
    )
  )
  const done = db.prepare('UPDATE sync_events SET pushed = 1 WHERE event_id = ?')
  db.transaction(() => {
    for (const e of events) done.run(e.id)
  })()
  return events.length
}

/**
 * Appends the other members' trail events to the local trail (where they are chained like any other), then
 * replays each touched merchant's stage moves in time order: the stage, since when and go-live come from the
 * latest move, whoever made it.
 */
export async function pullEvents(db: Db, server: Server): Promise<number> {
  const since = cursor(db, 'events')
  const { rows } = await server.query(
    `SELECT gid, merchant_gid, at, profile_name, kind, field, before, after, note, seq FROM kassa.events WHERE seq > $1 ORDER BY seq`,
    [since]
  )
  if (rows.length === 0) return 0
  const known = db.prepare('SELECT 1 FROM sync_events WHERE gid = ?')
  const insert = db.prepare(
    `INSERT INTO merchant_events (merchant_id, at, profile_name, kind, field, before, after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const mark = db.prepare('INSERT INTO sync_events (event_id, gid, merchant_gid, pushed) VALUES (?, ?, ?, 1)')
  let added = 0
  applying(db, () => {
    const staged = new Set<number>()
    for (const r of rows) {
      if (known.get(r.gid)) continue
      const merchantId = merchantLocalId(db, r.merchant_gid)
      if (merchantId === undefined) continue
      const id = insert.run(merchantId, r.at, r.profile_name, r.kind, r.field, r.before, r.after, r.note).lastInsertRowid
      mark.run(Number(id), r.gid, r.merchant_gid)
      if (r.kind === 'stage') staged.add(merchantId)
      added++
    }
    for (const merchantId of staged) replayStages(db, merchantId)
    setCursor(db, 'events', Math.max(since, ...rows.map((r) => Number(r.seq))))
  })
  return added
}

function replayStages(db: Db, merchantId: number): void {
  const m = db
    .prepare('SELECT country, created_at AS createdAt, live_since AS liveSince FROM merchants WHERE id = ?')
    .get(merchantId) as { country: string; createdAt: number; liveSince: string | null } | undefined
  if (!m) return
  const last = db
    .prepare(
      `SELECT after, at, note FROM merchant_events WHERE merchant_id = ? AND kind = 'stage' AND at >= ? ORDER BY at DESC, id DESC LIMIT 1`
    )
    .get(merchantId, m.createdAt) as { after: string; at: number; note: string | null } | undefined
  if (!last) return
  const firstLive = db
    .prepare(`SELECT MIN(at) FROM merchant_events WHERE merchant_id = ? AND kind = 'stage' AND after = 'live' AND at >= ?`)
    .pluck()
    .get(merchantId, m.createdAt) as number | null
  const liveSince = m.liveSince ?? (firstLive === null ? null : localDay(firstLive, m.country as never))
  db.prepare('UPDATE merchants SET stage = ?, stage_since = ?, stage_reason = ?, live_since = ? WHERE id = ?').run(
    last.after,
    last.at,
    isSideStage(last.after as never) ? last.note : null,
    liveSince,
    merchantId
  )
}

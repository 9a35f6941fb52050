import { createHash } from 'node:crypto'
import type { Db } from '../db/open'
import { DELETED, entityOf } from './entities'
import { keyMerchant, merchantLocalId, readRow, writeRow, type Values } from './rows'
import { inTransaction, type Server } from './server'
import { applying, cursor, newer, observeClock, setCursor } from './state'
import { COLUMNS } from '../merchants/record'
import { ratesChanged } from './cubes'

/** The trail names a merchant field as the merchant screens do (legalName), not by its column. */
const fieldName = (column: string) => Object.entries(COLUMNS).find(([, c]) => c === column)?.[0] ?? column

interface Version {
  entity: string
  key: string
  field: string
  hlc: number
  node: string
}

/** Sends every locally changed field; the server keeps, per field, the version with the later clock. */
export async function pushFields(db: Db, server: Server): Promise<number> {
  const dirty = db
    .prepare(
      `SELECT entity, key, field, hlc, node FROM sync_fields WHERE dirty = 1 ORDER BY entity <> 'rep', entity <> 'merchant', entity, key`
    )
    .all() as Version[]
  if (dirty.length === 0) return 0
  const rows = new Map<string, Values | null>()
  const out = { entity: [] as string[], key: [] as string[], field: [] as string[], value: [] as (string | null)[] }
  const meta = { hlc: [] as number[], node: [] as string[], merchant: [] as (string | null)[] }
  const merchants = { gid: [] as string[], country: [] as string[] }
  for (const v of dirty) {
    const id = `${v.entity}\u0000${v.key}`
    if (!rows.has(id)) {
      const row = readRow(db, v.entity, v.key)
      rows.set(id, row)
      if (v.entity === 'merchant' && row?.country) {
        merchants.gid.push(v.key)
        merchants.country.push(row.country)
      }
    }
    const row = rows.get(id)!
    out.entity.push(v.entity)
    out.key.push(v.key)
    out.field.push(v.field)
    out.value.push(v.field === DELETED ? (row ? '0' : '1') : (row?.[v.field] ?? null))
    meta.hlc.push(v.hlc)
    meta.node.push(v.node)
    meta.merchant.push(keyMerchant(entityOf(v.entity)!, v.key))
  }
  await inTransaction(server, async () => {
    await server.query(
      `INSERT INTO kassa.merchants (gid, country) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (gid) DO NOTHING`,
      [merchants.gid, merchants.country]
    )
    // A field of a merchant the server never had (created and deleted between two syncs) has nowhere to go.
    await server.query(
      `INSERT INTO kassa.fields AS f (entity, key, field, value, hlc, node, merchant_gid)
       SELECT u.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[])
                    AS u(entity, key, field, value, hlc, node, merchant_gid)
        WHERE u.merchant_gid IS NULL OR EXISTS (SELECT 1 FROM kassa.merchants m WHERE m.gid = u.merchant_gid)
       ON CONFLICT (entity, key, field) DO UPDATE
          SET value = excluded.value, hlc = excluded.hlc, node = excluded.node, seq = nextval('kassa.change_seq')
        WHERE (excluded.hlc, excluded.node) > (f.hlc, f.node)`,
      [out.entity, out.key, out.field, out.value, meta.hlc, meta.node, meta.merchant]
    )
    await server.query(
      `UPDATE kassa.merchants m SET country = f.value
         FROM kassa.fields f
        WHERE f.entity = 'merchant' AND f.field = 'country' AND f.key = m.gid AND m.gid = ANY ($1) AND m.country <> f.value`,
      [merchants.gid]
    )
  })
  const done = db.prepare(
    'UPDATE sync_fields SET dirty = 0, base_hlc = hlc, base_node = node WHERE entity = ? AND key = ? AND field = ? AND hlc = ?'
  )
  db.transaction(() => {
    for (const v of dirty) done.run(v.entity, v.key, v.field, v.hlc)
  })()
  return dirty.length
}

interface Remote extends Version {
  value: string | null
  seq: number
}

/** The same conflict seen from either side gets the same event id, so the merged trail holds it once. */
const conflictGid = (key: string, field: string, a: Version, b: Version) =>
  createHash('sha256')
    .update([key, field, ...[a, b].map((v) => `${v.hlc}:${v.node}`).sort()].join('|'))
    .digest('hex')
    .slice(0, 32)

/**
 * Takes every field changed on the server since the last pull. Per field the later clock wins; where this store
 * had its own unpushed edit of the same field with another value, the merchant's timeline gets a conflict entry
 * holding both values (the kept one as `after`).
 */
export async function pullFields(db: Db, server: Server): Promise<number> {
  const since = cursor(db, 'fields')
  const { rows } = await server.query(
    `SELECT entity, key, field, value, hlc, node, seq FROM kassa.fields
      WHERE (entity, key) IN (SELECT entity, key FROM kassa.fields WHERE seq > $1)
      ORDER BY entity <> 'rep', entity <> 'merchant', entity, key`,
    [since]
  )
  if (rows.length === 0) return 0
  const local = db.prepare(
    'SELECT hlc, node, dirty, base_hlc AS baseHlc, base_node AS baseNode FROM sync_fields WHERE entity = ? AND key = ? AND field = ?'
  )
  const setVersion = db.prepare(
    `INSERT INTO sync_fields (entity, key, field, hlc, node, dirty, base_hlc, base_node) VALUES (?, ?, ?, ?, ?, 0, ?, ?)
     ON CONFLICT (entity, key, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, dirty = 0,
        base_hlc = excluded.base_hlc, base_node = excluded.base_node`
  )
  const seen = db.prepare('UPDATE sync_fields SET base_hlc = ?, base_node = ? WHERE entity = ? AND key = ? AND field = ?')
  const groups = new Map<string, Remote[]>()
  for (const r of rows as Remote[]) {
    const id = `${r.entity}\u0000${r.key}`
    groups.set(id, [...(groups.get(id) ?? []), r])
  }
  let changed = 0
  let rates = false
  applying(db, () => {
    for (const group of groups.values()) {
      const { entity, key } = group[0]
      if (!entityOf(entity)) continue
      const mine = readRow(db, entity, key)
      const all: Values = {}
      const won: Values = {}
      const wonVersions: Remote[] = []
      for (const r of group) {
        all[r.field] = r.value
        observeClock(db, r.hlc)
        const lv = local.get(entity, key, r.field) as
          (Version & { dirty: number; baseHlc: number | null; baseNode: string | null }) | undefined
        const remoteWins = !lv || newer(r, lv)
        const mineValue = r.field === DELETED ? (mine ? '0' : '1') : (mine?.[r.field] ?? null)
        const unseen = lv !== undefined && (lv.baseHlc !== r.hlc || lv.baseNode !== r.node)
        if (lv?.dirty && unseen && entity === 'merchant' && mineValue !== r.value)
          recordConflict(
            db,
            key,
            r.field,
            remoteWins ? { v: lv, value: mineValue } : { v: r, value: r.value },
            remoteWins ? { v: r, value: r.value } : { v: lv, value: mineValue }
          )
        if (remoteWins) {
          won[r.field] = r.value
          wonVersions.push(r)
        } else if (unseen) seen.run(r.hlc, r.node, entity, key, r.field)
      }
      if (wonVersions.length === 0) continue
      if (writeRow(db, entity, key, won, all)) {
        for (const r of wonVersions) setVersion.run(entity, key, r.field, r.hlc, r.node, r.hlc, r.node)
        changed++
        if (entity === 'fx_rate') rates = true
      }
    }
    if (rates) ratesChanged(db)
    setCursor(db, 'fields', Math.max(since, ...rows.map((r) => Number(r.seq))))
  })
  return changed
}

function recordConflict(
  db: Db,
  merchantGid: string,
  field: string,
  lost: { v: Version; value: string | null },
  kept: { v: Version; value: string | null }
): void {
  const merchantId = merchantLocalId(db, merchantGid)
  if (merchantId === undefined) return
  const gid = conflictGid(merchantGid, field, lost.v, kept.v)
  if (db.prepare('SELECT 1 FROM sync_events WHERE gid = ?').get(gid)) return
  const id = db
    .prepare(
      `INSERT INTO merchant_events (merchant_id, at, profile_name, kind, field, before, after, note)
       VALUES (?, ?, 'sync', 'field', ?, ?, ?, 'sync conflict: two edits of this field; the later one is kept')`
    )
    .run(merchantId, Date.now(), fieldName(field), lost.value, kept.value).lastInsertRowid
  db.prepare('INSERT INTO sync_events (event_id, gid, merchant_gid, pushed) VALUES (?, ?, ?, 0)').run(
    Number(id),
    gid,
    merchantGid
  )
}

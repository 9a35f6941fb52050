import type { Db } from '../db/open'
import { DELETED, entityOf, NUMERIC, type Entity } from './entities'
import { mergeSameShop } from './merge'

/** A synced row as the server holds it: every field as text (or null), the rep by its global id. */
export type Values = Record<string, string | null>

/** The local row of a global id: its own, or the row it was merged into (sync_aliases). */
export const localIdOf = (db: Db, entity: string, gid: string): number | undefined =>
  db
    .prepare(
      `SELECT local_id FROM sync_ids WHERE entity = ? AND gid = ?
       UNION ALL SELECT local_id FROM sync_aliases WHERE entity = ? AND gid = ? LIMIT 1`
    )
    .pluck()
    .get(entity, gid, entity, gid) as number | undefined

export const merchantLocalId = (db: Db, gid: string): number | undefined => localIdOf(db, 'merchant', gid)

export const merchantGid = (db: Db, id: number): string | undefined =>
  db.prepare("SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = ?").pluck().get(id) as string | undefined

/** The merchant a key belongs to: the key itself for a merchant, the first part for its stores, checklist, documents. */
export function keyMerchant(entity: Entity, key: string): string | null {
  if (entity.entity === 'merchant') return key
  return entity.keyColumns[0] === 'merchant_id' ? (JSON.parse(key) as string[])[0] : null
}

/** Merchants and reps are keyed by their global id alone. */
const byGid = (entity: Entity) => entity.keyColumns[0] === 'id'

/** The WHERE clause and parameters that find the local row of a key; undefined when its merchant is not here. */
function locate(db: Db, entity: Entity, key: string): { where: string; params: unknown[] } | undefined {
  if (byGid(entity)) {
    const id = localIdOf(db, entity.entity, key)
    return id === undefined ? undefined : { where: 'id = ?', params: [id] }
  }
  const parts = JSON.parse(key) as unknown[]
  const params = [...parts]
  if (entity.keyColumns[0] === 'merchant_id') {
    const id = merchantLocalId(db, String(parts[0]))
    if (id === undefined) return undefined
    params[0] = id
  }
  return { where: entity.keyColumns.map((c) => `${c} = ?`).join(' AND '), params }
}

const toText = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

/** The current local values of a key, null when the row is not (or no longer) here. */
export function readRow(db: Db, entityName: string, key: string): Values | null {
  const entity = entityOf(entityName)!
  const at = locate(db, entity, key)
  if (!at) return null
  const row = db.prepare(`SELECT * FROM ${entity.table} WHERE ${at.where}`).get(...at.params) as
    Record<string, unknown> | undefined
  if (!row) return null
  const values: Values = { [DELETED]: '0' }
  for (const f of entity.fields) values[f] = toText(row[f])
  if (entity.entity === 'merchant' && row.rep_id !== null)
    values.rep_id = db.prepare("SELECT gid FROM sync_ids WHERE entity = 'rep' AND local_id = ?").pluck().get(row.rep_id) as string
  return values
}

/**
 * A merchant's rep arrives as the rep's global id (its row arrives first in the same pull). A team store written
 * before reps had ids holds the rep's name instead: that is matched by name, as then.
 */
function localRep(db: Db, value: string): number | null {
  if (value.startsWith('rep:')) return localIdOf(db, 'rep', value) ?? null
  const id = db.prepare('SELECT id FROM reps WHERE name = ?').pluck().get(value) as number | undefined
  if (id !== undefined) return id
  const made = Number(db.prepare('INSERT INTO reps (name) VALUES (?)').run(value).lastInsertRowid)
  db.prepare("INSERT OR IGNORE INTO sync_ids (entity, local_id, gid) VALUES ('rep', ?, ?)").run(
    made,
    `rep:name:${value.toLowerCase()}`
  )
  return made
}

function localValue(db: Db, field: string, value: string | null, entity: Entity): unknown {
  if (value === null) return null
  if (entity.entity === 'merchant' && field === 'rep_id') return localRep(db, value)
  return NUMERIC.has(field) ? Number(value) : value
}

/** A rep new here whose name a local rep already has is the same person: its id becomes an alias of the local one. */
function adoptRepByName(db: Db, gid: string, all: Values): boolean {
  const local = db.prepare('SELECT id FROM reps WHERE name = ?').pluck().get(all.name) as number | undefined
  if (local === undefined) return false
  db.prepare("INSERT OR REPLACE INTO sync_aliases (entity, gid, local_id) VALUES ('rep', ?, ?)").run(gid, local)
  return true
}

/**
 * Writes the winning remote values of one key into the local store (inside `applying`): updates the row, creates
 * it when it is new here, removes it when its deletion won. Returns false when the row cannot be written here
 * (its merchant is missing, or it would break a local uniqueness rule); the versions stay for the next pull.
 */
export function writeRow(db: Db, entityName: string, key: string, won: Values, all: Values): boolean {
  const entity = entityOf(entityName)!
  if (entity.entity === 'rep' && !locate(db, entity, key) && all[DELETED] !== '1') adoptRepByName(db, key, all)
  if (entity.entity === 'merchant' && mergeSameShop(db, key, won, all) === 'loser') return true
  // A merchant or rep new here has no local id yet: it is inserted below.
  const at = locate(db, entity, key) ?? (byGid(entity) ? { where: 'id = NULL', params: [] } : undefined)
  if (!at) return false
  const exists = db.prepare(`SELECT 1 FROM ${entity.table} WHERE ${at.where}`).get(...at.params)
  const deleted = (won[DELETED] ?? all[DELETED]) === '1'
  const fields = Object.keys(won).filter((f) => f !== DELETED)
  try {
    db.transaction(() => {
      if (deleted) {
        if (exists && won[DELETED] === '1') db.prepare(`DELETE FROM ${entity.table} WHERE ${at.where}`).run(...at.params)
        return
      }
      if (exists) {
        if (fields.length === 0) return
        db.prepare(`UPDATE ${entity.table} SET ${fields.map((f) => `${f} = ?`).join(', ')} WHERE ${at.where}`).run(
          ...fields.map((f) => localValue(db, f, won[f], entity)),
          ...at.params
        )
        return
      }
      const columns = [...(byGid(entity) ? [] : entity.keyColumns), ...entity.fields]
      const values = [...(byGid(entity) ? [] : at.params), ...entity.fields.map((f) => localValue(db, f, all[f] ?? null, entity))]
      if (entity.entity === 'document') {
        columns.push('stored_name')
        values.push(`synced-${at.params.join('-')}`)
      }
      const id = db
        .prepare(`INSERT INTO ${entity.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        .run(...values).lastInsertRowid
      if (byGid(entity))
        db.prepare('INSERT OR REPLACE INTO sync_ids (entity, local_id, gid) VALUES (?, ?, ?)').run(entity.entity, Number(id), key)
    })()
    return true
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return false
    throw err
  }
}

import type { z } from 'zod'
import { UserError } from '../errors'
import type { Db } from '../db/open'
import type { CountryCode } from '../time/zones'
import { canonicalBusinessId } from './business-id'
import { requirePermission, type Actor } from './profiles'
import {
  COLUMNS,
  FIELD_NAMES,
  checkMerchantFields,
  displayValue,
  merchantFieldsSchema,
  type FieldErrors,
  type FieldName,
  type StoredValues
} from './record'
import type { Stage } from './stages'
import { appendEvent } from './trail'
import { STAGE_SINCE_SQL } from './stage-since'

export interface MerchantView extends Record<FieldName, string | number | null> {
  id: number
  country: CountryCode
  rep: string | null
  stage: Stage
  stageSince: number
  stageReason: string | null
  liveSince: string | null
  createdAt: number
  updatedAt: number | null
}

/** `changed` lists the fields an update actually changed (empty when it matched what was stored). */
export type SaveResult =
  | { ok: true; merchant: MerchantView; changed: FieldName[] }
  | { ok: false; errors: FieldErrors; existing?: { id: number; name: string } }

const SELECT_COLUMNS = FIELD_NAMES.map((f) => `m.${COLUMNS[f]} AS ${f}`).join(', ')

function storedRow(
  db: Db,
  id: number
):
  | (StoredValues & {
      id: number
      stage: Stage
      stageSince: number
      stageReason: string | null
      liveSince: string | null
      createdAt: number
      updatedAt: number | null
      rep: string | null
    })
  | undefined {
  return db
    .prepare(
      `SELECT m.id, ${SELECT_COLUMNS}, m.stage, ${STAGE_SINCE_SQL} AS stageSince, m.stage_reason AS stageReason,
              m.live_since AS liveSince, m.created_at AS createdAt, m.updated_at AS updatedAt, r.name AS rep
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id WHERE m.id = ?`
    )
    .get(id) as never
}

export function getMerchant(db: Db, id: number): MerchantView {
  const row = storedRow(db, id)
  if (!row) throw new UserError('unknown_merchant', `no merchant #${id}`)
  const view = { ...row } as unknown as MerchantView
  for (const f of FIELD_NAMES) view[f] = displayValue(f, row[f], row.country as CountryCode) as never
  return view
}

/** Field errors that need the database: one merchant per (country, business id), unique partner id, known rep. */
function conflicts(
  db: Db,
  values: StoredValues,
  selfId: number | null
): { errors: FieldErrors; existing?: { id: number; name: string } } {
  const errors: FieldErrors = {}
  let existing: { id: number; name: string } | undefined
  if (values.orgNumber !== null) {
    const other = db
      .prepare('SELECT id, name FROM merchants WHERE country = ? AND org_number = ? AND id IS NOT ?')
      .get(values.country, values.orgNumber, selfId) as { id: number; name: string } | undefined
    if (other) {
      existing = other
      const shown = canonicalBusinessId(values.country as CountryCode, String(values.orgNumber))
      errors.orgNumber = `${shown} is already registered: ${other.name} (merchant #${other.id})`
    }
  }
  if (values.alipayPartnerId !== null) {
    const other = db
      .prepare('SELECT id, name FROM merchants WHERE alipay_partner_id = ? AND id IS NOT ?')
      .get(values.alipayPartnerId, selfId) as { id: number; name: string } | undefined
    if (other)
      errors.alipayPartnerId = `partner id ${values.alipayPartnerId} already belongs to ${other.name} (merchant #${other.id})`
  }
  if (values.repId !== null && !db.prepare('SELECT 1 FROM reps WHERE id = ?').get(values.repId)) {
    errors.repId = `no rep #${values.repId}`
  }
  return { errors, existing }
}

export function createMerchant(db: Db, actor: Actor, input: z.input<typeof merchantFieldsSchema>, now = Date.now()): SaveResult {
  requirePermission(actor, 'merchants.edit')
  const { values, errors } = checkMerchantFields(merchantFieldsSchema.parse(input))
  const found = conflicts(db, values, null)
  Object.assign(errors, found.errors, errors)
  if (Object.keys(errors).length > 0) return { ok: false, errors, existing: found.existing }
  const id = db.transaction(() => {
    const cols = FIELD_NAMES.map((f) => COLUMNS[f])
    const newId = Number(
      db
        .prepare(
          `INSERT INTO merchants (${cols.join(', ')}, stage, stage_since, created_at, updated_at) VALUES (${cols.map(() => '?').join(', ')}, 'lead', ?, ?, ?)`
        )
        .run(...FIELD_NAMES.map((f) => values[f]), now, now, now).lastInsertRowid
    )
    appendEvent(db, actor, { merchantId: newId, kind: 'created', after: String(values.name) }, now)
    return newId
  })()
  return { ok: true, merchant: getMerchant(db, id), changed: FIELD_NAMES.filter((f) => values[f] !== null) }
}

const repName = (db: Db, id: string | number | null) =>
  id === null
    ? null
    : ((db.prepare('SELECT name FROM reps WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? `#${id}`)

/** Applies a partial edit; every changed field is written to the trail with its before and after. */
export function updateMerchant(
  db: Db,
  actor: Actor,
  id: number,
  patch: Partial<z.input<typeof merchantFieldsSchema>>,
  note: string | null = null,
  now = Date.now()
): SaveResult {
  requirePermission(actor, 'merchants.edit')
  const current = storedRow(db, id)
  if (!current) throw new UserError('unknown_merchant', `no merchant #${id}`)
  const merged = Object.fromEntries(FIELD_NAMES.map((f) => [f, f in patch ? patch[f] : current[f]]))
  const { values, errors } = checkMerchantFields(merchantFieldsSchema.parse(merged))
  const found = conflicts(db, values, id)
  Object.assign(errors, found.errors, errors)
  if (Object.keys(errors).length > 0) return { ok: false, errors, existing: found.existing }
  const changed = FIELD_NAMES.filter((f) => values[f] !== current[f])
  if (changed.length > 0) {
    db.transaction(() => {
      db.prepare(`UPDATE merchants SET ${changed.map((f) => `${COLUMNS[f]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...changed.map((f) => values[f]),
        now,
        id
      )
      const country = current.country as CountryCode
      for (const f of changed) {
        if (f === 'repId') {
          appendEvent(
            db,
            actor,
            {
              merchantId: id,
              kind: 'assignment',
              field: f,
              before: repName(db, current.repId),
              after: repName(db, values.repId),
              note
            },
            now
          )
        } else {
          const show = (v: string | number | null) => {
            const d = displayValue(f, v, f === 'country' ? (v as CountryCode) : country)
            return d === null ? null : String(d)
          }
          appendEvent(
            db,
            actor,
            { merchantId: id, kind: 'field', field: f, before: show(current[f]), after: show(values[f]), note },
            now
          )
        }
      }
    })()
  }
  return { ok: true, merchant: getMerchant(db, id), changed }
}

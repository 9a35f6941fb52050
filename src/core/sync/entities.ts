/**
 * What syncs field by field, mirroring the triggers of migrations 017 and 020. A merchant's or a rep's key is its
 * global id; the other entities' keys are JSON arrays of their natural key, led by the merchant's global id where
 * they belong to one.
 */
export interface Entity {
  entity: string
  table: string
  /** Columns of the natural key, in key order; `merchant_id` stands for the merchant's global id. */
  keyColumns: string[]
  fields: string[]
}

/** The stage fields are written once, at creation; later moves arrive as trail events. */
export const MERCHANT_FIELDS = [
  'created_at',
  'stage',
  'stage_since',
  'stage_reason',
  'live_since',
  'name',
  'legal_name',
  'country',
  'org_number',
  'rep_id',
  'alipay_partner_id',
  'trading_name',
  'chinese_name',
  'listing_text',
  'address',
  'postal_code',
  'city',
  'mcc',
  'contact_name',
  'email',
  'phone',
  'iban',
  'nets_merchant_number',
  'notes'
]

export const ENTITIES: Entity[] = [
  { entity: 'rep', table: 'reps', keyColumns: ['id'], fields: ['name', 'email', 'country'] },
  { entity: 'merchant', table: 'merchants', keyColumns: ['id'], fields: MERCHANT_FIELDS },
  { entity: 'store', table: 'stores', keyColumns: ['merchant_id', 'name'], fields: ['city'] },
  { entity: 'checklist', table: 'checklist_items', keyColumns: ['merchant_id', 'item'], fields: ['done', 'changed_at'] },
  {
    entity: 'document',
    table: 'documents',
    keyColumns: ['merchant_id', 'sha256'],
    fields: ['item', 'file_name', 'size', 'added_at']
  },
  { entity: 'fx_rate', table: 'fx_rates', keyColumns: ['currency', 'day'], fields: ['nok_per_unit', 'source', 'approximate'] },
  { entity: 'saved_view', table: 'saved_views', keyColumns: ['name'], fields: ['filters', 'created_at'] },
  { entity: 'mapping_profile', table: 'import_profiles', keyColumns: ['name'], fields: ['signature', 'choices', 'updated_at'] }
]

export const entityOf = (name: string): Entity | undefined => ENTITIES.find((e) => e.entity === name)

/** Fields whose stored value is a number (sent as text). */
export const NUMERIC = new Set([
  'created_at',
  'rep_id',
  'done',
  'changed_at',
  'size',
  'added_at',
  'nok_per_unit',
  'approximate',
  'updated_at'
])

/** The deletion marker every entity carries: '1' once the row is gone. */
export const DELETED = '_deleted'

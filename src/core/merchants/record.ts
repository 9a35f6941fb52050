import { z } from 'zod'
import type { CountryCode } from '../time/zones'
import { COUNTRIES } from '../time/zones'
import { canonicalBusinessId, validateBusinessId } from './business-id'
import { NAME_MAX_LENGTH } from '../shared/names'
import {
  validateChineseName,
  validatePartnerId,
  validateEmail,
  validateIban,
  validateMcc,
  validatePhone,
  validatePostalCode,
  type Checked
} from './validators'

const text = (max: number) => z.string().trim().max(max).optional().nullable()

/** What a person edits on the merchant page; every field but name and country may be left empty. */
export const merchantFieldsSchema = z.object({
  name: z.string().trim().max(NAME_MAX_LENGTH),
  country: z.enum(COUNTRIES as [CountryCode, ...CountryCode[]]),
  legalName: text(200),
  tradingName: text(200),
  chineseName: text(100),
  listingText: text(2000),
  orgNumber: text(40),
  address: text(300),
  postalCode: text(20),
  city: text(100),
  mcc: text(10),
  contactName: text(200),
  email: text(200),
  phone: text(40),
  iban: text(60),
  netsMerchantNumber: text(40),
  alipayPartnerId: text(40),
  repId: z.number().int().positive().nullable().optional(),
  notes: text(5000)
})
export type MerchantFields = z.output<typeof merchantFieldsSchema>
export type FieldName = keyof MerchantFields

/** Field → column; the order is the order fields are shown and logged. */
export const COLUMNS: Record<FieldName, string> = {
  name: 'name',
  country: 'country',
  legalName: 'legal_name',
  tradingName: 'trading_name',
  chineseName: 'chinese_name',
  listingText: 'listing_text',
  orgNumber: 'org_number',
  address: 'address',
  postalCode: 'postal_code',
  city: 'city',
  mcc: 'mcc',
  contactName: 'contact_name',
  email: 'email',
  phone: 'phone',
  iban: 'iban',
  netsMerchantNumber: 'nets_merchant_number',
  alipayPartnerId: 'alipay_partner_id',
  repId: 'rep_id',
  notes: 'notes'
}
export const FIELD_NAMES = Object.keys(COLUMNS) as FieldName[]

export type StoredValues = Record<FieldName, string | number | null>
export type FieldErrors = Partial<Record<FieldName, string>>

const blankToNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim())

/**
 * Checks every field against the country's rules and returns the values as stored
 * (org number as digits, IBAN without spaces, phone E.164) or a reason per field.
 */
export function checkMerchantFields(fields: MerchantFields): { values: StoredValues; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const values = {} as StoredValues
  const country = fields.country
  for (const name of FIELD_NAMES) {
    const raw = fields[name]
    values[name] = typeof raw === 'string' ? blankToNull(raw) : (raw ?? null)
  }
  const check = (name: FieldName, fn: (v: string) => Checked, store: (v: string) => string = (v) => v) => {
    const v = values[name]
    if (typeof v !== 'string') return
    const result = fn(v)
    if (result.ok) values[name] = store(result.value)
    else errors[name] = result.reason
  }
  if (values.name === null) errors.name = 'a name is required'
  const org = values.orgNumber
  if (typeof org === 'string') {
    const r = validateBusinessId(country, org)
    if (r.ok) values.orgNumber = r.digits
    else errors.orgNumber = r.reason
  }
  check('postalCode', (v) => validatePostalCode(country, v))
  check('mcc', validateMcc)
  check('chineseName', validateChineseName)
  check('alipayPartnerId', validatePartnerId)
  check('email', validateEmail)
  check('phone', (v) => validatePhone(country, v))
  check(
    'iban',
    (v) => validateIban(country, v),
    (v) => v.replace(/ /g, '')
  )
  return { values, errors }
}

/** Stored values back to what a person sees (canonical business id, IBAN in groups of four). */
export function displayValue(name: FieldName, value: string | number | null, country: CountryCode): string | number | null {
  if (value === null) return null
  if (name === 'orgNumber') return canonicalBusinessId(country, String(value))
  if (name === 'iban') return String(value).replace(/(.{4})(?=.)/g, '$1 ')
  return value
}

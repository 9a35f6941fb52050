import { fromSpreadsheetText } from '../../shared/csv'
import type { Db } from '../db/open'
import type { Encoding } from '../import/text/encoding'
import { flawReason } from '../import/text/flaws'
import type { CsvRecord } from '../import/text/records'
import { readCountry } from '../import/vocab/values'
import { COUNTRIES, type CountryCode } from '../time/zones'
import type { MerchantColumn, MerchantMapping } from './csv-headers'
import { repNamed } from '../shared/names'
import { profileInputSchema } from './profiles'
import { checkMerchantFields, FIELD_NAMES, merchantFieldsSchema, type MerchantFields } from './record'

const COUNTRY_REFUSAL = 'Kassa onboards merchants in Denmark, Norway, Sweden and Finland only'

/** A line of a merchant list read as checked merchant fields, or the reason it is refused. */
export type MerchantRow =
  | { ok: true; line: number; name: string; country: CountryCode; fields: MerchantFields; org: string | null }
  | { ok: false; line: number; name: string; country: string; reason: string }

export interface RowContext {
  db: Db
  mapping: MerchantMapping
  encoding: Encoding
  /** Country for rows without a country column. */
  country?: CountryCode
}

export const isBlank = (record: CsvRecord): boolean => record.fields.every((f) => f.trim() === '')

/**
 * Reads one line into merchant fields. A rep named on the line that has no profile yet is created here,
 * so the fields can carry its id.
 */
export function readMerchantRow(record: CsvRecord, context: RowContext): MerchantRow {
  const line = record.line
  const refuse = (name: string, country: string, reason: string): MerchantRow => ({ ok: false, line, name, country, reason })
  if (record.flaw) return refuse('', '', flawReason(record.flaw, context.encoding))
  const cell = (column: MerchantColumn) => {
    const i = context.mapping[column]
    return i === undefined ? '' : fromSpreadsheetText(record.fields[i] ?? '').trim()
  }
  const name = cell('name')
  const countryCell = cell('country')
  if (!name) return refuse('', countryCell, 'the merchant name is missing')
  const code = countryCell ? readCountry(countryCell) : context.country
  if (!countryCell && !code) return refuse(name, '', 'the country is missing')
  if (!code || !(COUNTRIES as readonly string[]).includes(code)) {
    return refuse(name, countryCell, `country ${countryCell} is not supported: ${COUNTRY_REFUSAL}`)
  }
  const country = code as CountryCode
  const input: Record<string, unknown> = { country }
  for (const f of FIELD_NAMES) if (f !== 'country' && f !== 'repId') input[f] = cell(f as MerchantColumn) || null
  const repName = cell('rep')
  if (repName && !profileInputSchema.shape.name.safeParse(repName).success) {
    const most = profileInputSchema.shape.name.maxLength
    return refuse(name, country, `the rep's name is ${repName.length} characters long; a profile name has at most ${most}`)
  }
  if (repName) input.repId = repIdFor(context.db, repName)
  const fields = merchantFieldsSchema.safeParse(input)
  if (!fields.success) {
    return refuse(name, country, fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  }
  const checked = checkMerchantFields(fields.data)
  const errors = Object.values(checked.errors)
  if (errors.length > 0) return refuse(name, country, errors.join('; '))
  return { ok: true, line, name, country, fields: fields.data, org: checked.values.orgNumber as string | null }
}

function repIdFor(db: Db, name: string): number {
  return repNamed(db, name)?.id ?? Number(db.prepare('INSERT INTO reps (name) VALUES (?)').run(name).lastInsertRowid)
}

import { fromSpreadsheetText } from '../../shared/csv'
import { UserError } from '../errors'
import type { Db } from '../db/open'
import { fileSize, guessEncoding, headText, textChunks } from '../import/source'
import { detectDelimiter } from '../import/text/delimiter'
import type { Encoding } from '../import/text/encoding'
import { readRecords } from '../import/text/records'
import { flawReason } from '../import/text/flaws'
import { readCountry } from '../import/vocab/values'
import { COUNTRIES, type CountryCode } from '../time/zones'
import { adoptUntrackedMerchants } from './adopt'
import { canonicalBusinessId } from './business-id'
import { guessMerchantMapping, type MerchantColumn, type MerchantMapping } from './csv-headers'
import { profileInputSchema, requirePermission, type Actor } from './profiles'
import { checkMerchantFields, FIELD_NAMES, merchantFieldsSchema } from './record'
import { createMerchant, updateMerchant } from './service'
import { NameIndex, nocaseKey, repNamed, type NamedMerchant } from './names'

export type RowAction = 'create' | 'complete' | 'duplicate' | 'reject'

export interface MerchantImportResult {
  file: string
  encoding: Encoding
  delimiter: string
  header: string[]
  mapping: MerchantMapping
  rows: number
  imported: number
  duplicates: number
  rejected: number
  rejects: { line: number; reason: string }[]
  /** The first rows as they would be (preview) or were (commit) handled. */
  sample: { line: number; action: RowAction; name: string; country: string; orgNumber: string | null; detail: string | null }[]
}

export interface MerchantImportOptions {
  /** false = preview: everything is checked in a transaction that is rolled back. */
  commit: boolean
  encoding?: Encoding
  /** Country for rows without a country column. */
  country?: CountryCode
  sampleSize?: number
  now?: number
}

class Rollback extends Error {}

const COUNTRY_REFUSAL = 'Kassa onboards merchants in Denmark, Norway, Sweden and Finland only'

/**
 * Reads a merchant list (CSV with any Nordic delimiter and encoding, header names in English or a
 * Nordic language). Each row becomes a new merchant, completes a merchant an earlier transaction
 * import created with only a name, counts as a duplicate of an existing (country, business id), or
 * is rejected with its line number and the reason.
 */
export function importMerchantFile(db: Db, actor: Actor, path: string, options: MerchantImportOptions): MerchantImportResult {
  requirePermission(actor, 'merchants.edit')
  const size = fileSize(path)
  if (size === 0) throw new UserError('empty', 'the file is empty')
  const encoding = options.encoding ?? guessEncoding(path).encoding
  const delimiter = detectDelimiter(headText(path, encoding, 64 * 1024).text)
  const records = readRecords(textChunks(path, encoding), delimiter, { encoding })
  const first = records.next()
  if (first.done) throw new UserError('empty', 'the file has no header row')
  const header = first.value.fields.map((h) => h.trim())
  const mapping = guessMerchantMapping(header)
  if (mapping.name === undefined)
    throw new UserError('no_name_column', `no merchant name column in the header (${header.join(', ')})`)
  if (mapping.country === undefined && !options.country) {
    throw new UserError(
      'no_country_column',
      `no country column in the header (${header.join(', ')}); choose the country for the whole file`
    )
  }
  const result: MerchantImportResult = {
    file: path,
    encoding,
    delimiter,
    header,
    mapping,
    rows: 0,
    imported: 0,
    duplicates: 0,
    rejected: 0,
    rejects: [],
    sample: []
  }
  const sampleSize = options.sampleSize ?? 50
  const now = options.now ?? Date.now()
  const note = (
    line: number,
    action: RowAction,
    name: string,
    country: string,
    orgNumber: string | null,
    detail: string | null
  ) => {
    if (result.sample.length < sampleSize) result.sample.push({ line, action, name, country, orgNumber, detail })
  }
  const reject = (line: number, name: string, country: string, reason: string) => {
    result.rejected++
    result.rejects.push({ line, reason })
    note(line, 'reject', name, country, null, reason)
  }
  const insertRep = db.prepare('INSERT INTO reps (name) VALUES (?)')
  const findByOrg = db.prepare('SELECT id, name FROM merchants WHERE country = ? AND org_number = ?')
  // Merchants by country and name (the oldest of a name), read once the run starts and kept up to date by it.
  const byName = new Map<string, NameIndex<NamedMerchant>>()
  const namesIn = (country: string) => {
    let names = byName.get(country)
    if (!names) byName.set(country, (names = new NameIndex(nocaseKey)))
    return names
  }

  const run = () => {
    adoptUntrackedMerchants(db, now)
    for (const m of db.prepare('SELECT id, name, country, org_number AS org FROM merchants ORDER BY id').all() as NamedMerchant[])
      namesIn(m.country).add(m.name, m)
    for (const record of records) {
      const cell = (column: MerchantColumn) => {
        const i = mapping[column]
        return i === undefined ? '' : fromSpreadsheetText(record.fields[i] ?? '').trim()
      }
      if (record.fields.every((f) => f.trim() === '')) continue
      result.rows++
      const line = record.line
      if (record.flaw) {
        reject(line, '', '', flawReason(record.flaw, encoding))
        continue
      }
      const name = cell('name')
      const countryCell = cell('country')
      if (!name) {
        reject(line, '', countryCell, 'the merchant name is missing')
        continue
      }
      const code = countryCell ? readCountry(countryCell) : options.country
      if (!countryCell && !code) {
        reject(line, name, '', 'the country is missing')
        continue
      }
      if (!code || !(COUNTRIES as readonly string[]).includes(code)) {
        reject(line, name, countryCell, `country ${countryCell} is not supported: ${COUNTRY_REFUSAL}`)
        continue
      }
      const country = code as CountryCode
      const input: Record<string, unknown> = { country }
      for (const f of FIELD_NAMES) if (f !== 'country' && f !== 'repId') input[f] = cell(f as MerchantColumn) || null
      const repName = cell('rep')
      if (repName && !profileInputSchema.shape.name.safeParse(repName).success) {
        reject(
          line,
          name,
          country,
          `the rep's name is ${repName.length} characters long; a profile name has at most ${profileInputSchema.shape.name.maxLength}`
        )
        continue
      }
      if (repName) {
        input.repId = repNamed(db, repName)?.id ?? Number(insertRep.run(repName).lastInsertRowid)
      }
      const fields = merchantFieldsSchema.safeParse(input)
      if (!fields.success) {
        reject(line, name, country, fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
        continue
      }
      const checked = checkMerchantFields(fields.data)
      const errors = Object.values(checked.errors)
      if (errors.length > 0) {
        reject(line, name, country, errors.join('; '))
        continue
      }
      const org = checked.values.orgNumber as string | null
      const shownOrg = org ? canonicalBusinessId(country, org) : null
      const same = org ? (findByOrg.get(country, org) as { id: number; name: string } | undefined) : undefined
      if (same) {
        result.duplicates++
        note(line, 'duplicate', name, country, shownOrg, `${shownOrg} is already registered: ${same.name} (merchant #${same.id})`)
        continue
      }
      const named = namesIn(country).get(name)
      if (named && named.org === null) {
        // A merchant an earlier import created from a transaction file: fill in what it lacks.
        const patch = Object.fromEntries(
          Object.entries(fields.data).filter(([k, v]) => v !== null && v !== undefined && k !== 'name' && k !== 'country')
        )
        const saved = updateMerchant(db, actor, named.id, patch, `completed from ${path}`, now)
        if (!saved.ok) {
          reject(line, name, country, Object.values(saved.errors).join('; '))
          continue
        }
        named.org = saved.merchant.orgNumber as string | null
        if (saved.changed.length === 0) {
          result.duplicates++
          note(line, 'duplicate', name, country, shownOrg, `${named.name} (merchant #${named.id}) already has these details`)
          continue
        }
        result.imported++
        note(line, 'complete', name, country, shownOrg, `completes merchant #${named.id}`)
        continue
      }
      if (named && !org) {
        result.duplicates++
        note(line, 'duplicate', name, country, null, `${named.name} (merchant #${named.id}) already exists in this country`)
        continue
      }
      const created = createMerchant(db, actor, fields.data, now)
      if (!created.ok) {
        reject(line, name, country, Object.values(created.errors).join('; '))
        continue
      }
      // Later lines of the file with the same name find this merchant.
      namesIn(country).add(name, { id: created.merchant.id, name, country, org: created.merchant.orgNumber as string | null })
      result.imported++
      note(line, 'create', name, country, shownOrg, null)
    }
    if (!options.commit) throw new Rollback()
  }
  try {
    db.transaction(run)()
  } catch (err) {
    if (!(err instanceof Rollback)) throw err
  }
  return result
}

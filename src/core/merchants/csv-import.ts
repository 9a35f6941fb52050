import { UserError } from '../errors'
import type { Db } from '../db/open'
import { fileSize, guessEncoding, headText, textChunks } from '../import/source'
import { detectDelimiter } from '../import/text/delimiter'
import type { Encoding } from '../import/text/encoding'
import { readRecords, type CsvRecord } from '../import/text/records'
import type { CountryCode } from '../time/zones'
import { adoptUntrackedMerchants } from './adopt'
import { guessMerchantMapping, type MerchantMapping } from './csv-headers'
import { isBlank, readMerchantRow } from './csv-import-row'
import { MerchantSaver, type RowAction, type RowOutcome } from './csv-import-save'
import { requirePermission, type Actor } from './profiles'

export type { RowAction } from './csv-import-save'

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

/**
 * Reads a merchant list (CSV with any Nordic delimiter and encoding, header names in English or a
 * Nordic language). Each row becomes a new merchant, completes a merchant an earlier transaction
 * import created with only a name, counts as a duplicate of an existing (country, business id), or
 * is rejected with its line number and the reason.
 */
export function importMerchantFile(db: Db, actor: Actor, path: string, options: MerchantImportOptions): MerchantImportResult {
  requirePermission(actor, 'merchants.edit')
  const file = openMerchantList(path, options)
  const result: MerchantImportResult = {
    file: path,
    encoding: file.encoding,
    delimiter: file.delimiter,
    header: file.header,
    mapping: file.mapping,
    rows: 0,
    imported: 0,
    duplicates: 0,
    rejected: 0,
    rejects: [],
    sample: []
  }
  const tally = tallyInto(result, options.sampleSize ?? 50)
  const now = options.now ?? Date.now()
  const run = () => {
    adoptUntrackedMerchants(db, now)
    const saver = new MerchantSaver(db, actor, path, now)
    const context = { db, mapping: file.mapping, encoding: file.encoding, country: options.country }
    for (const record of file.records) {
      if (isBlank(record)) continue
      result.rows++
      const row = readMerchantRow(record, context)
      if (row.ok) tally(row, saver.save(row))
      else tally(row, { action: 'reject', orgNumber: null, detail: row.reason })
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

interface MerchantList {
  encoding: Encoding
  delimiter: string
  header: string[]
  mapping: MerchantMapping
  /** The lines after the header. */
  records: Generator<CsvRecord>
}

/** Opens the file and reads its header; refuses a file without a name column, or without a country for its rows. */
function openMerchantList(path: string, options: MerchantImportOptions): MerchantList {
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
  return { encoding, delimiter, header, mapping, records }
}

/** Counts each line's outcome in the result and keeps the first `sampleSize` lines as a sample. */
function tallyInto(result: MerchantImportResult, sampleSize: number) {
  const counted: Record<RowAction, 'imported' | 'duplicates' | 'rejected'> = {
    create: 'imported',
    complete: 'imported',
    duplicate: 'duplicates',
    reject: 'rejected'
  }
  return (row: { line: number; name: string; country: string }, outcome: RowOutcome): void => {
    result[counted[outcome.action]]++
    if (outcome.action === 'reject') result.rejects.push({ line: row.line, reason: outcome.detail ?? '' })
    if (result.sample.length < sampleSize) {
      const { line, name, country } = row
      result.sample.push({ line, action: outcome.action, name, country, orgNumber: outcome.orgNumber, detail: outcome.detail })
    }
  }
}

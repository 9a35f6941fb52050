import { csvLine } from '../../shared/csv'
import type { Db } from '../db/open'
import { writeAtomic } from '../shared/atomic-write'
import type { CountryCode } from '../time/zones'
import { COLUMNS, displayValue, FIELD_NAMES } from './record'
import { STAGE_LABELS, type Stage } from './stages'

const HEADERS: Record<string, string> = {
  name: 'Name',
  country: 'Country',
  legalName: 'Legal name',
  tradingName: 'Trading name',
  chineseName: 'Chinese name',
  listingText: 'Listing',
  orgNumber: 'Business id',
  address: 'Address',
  postalCode: 'Postal code',
  city: 'City',
  mcc: 'MCC',
  contactName: 'Contact person',
  email: 'E-mail',
  phone: 'Phone',
  iban: 'IBAN',
  netsMerchantNumber: 'Nets merchant number',
  alipayPartnerId: 'Alipay partner id'
}

/**
 * Writes every merchant as CSV (UTF-8 with BOM so spreadsheet apps keep æøåäö; comma-separated,
 * the header in English), whole or not at all. The file reads back through importMerchantFile, which drops the
 * apostrophe csvLine puts before a text a spreadsheet would run as a formula.
 */
export function exportMerchantsCsv(db: Db, path: string, filter: { country?: CountryCode } = {}): { path: string; rows: number } {
  const fields = FIELD_NAMES.filter((f) => f in HEADERS)
  const rows = db
    .prepare(
      `SELECT ${fields.map((f) => `m.${COLUMNS[f]} AS ${f}`).join(', ')}, r.name AS rep, m.stage, m.live_since AS liveSince, m.notes
         FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id WHERE (? IS NULL OR m.country = ?) ORDER BY m.country, m.name COLLATE NOCASE`
    )
    .all(filter.country ?? null, filter.country ?? null) as Record<string, string | number | null>[]
  const lines = [csvLine([...fields.map((f) => HEADERS[f]), 'Rep', 'Stage', 'Live since', 'Notes'])]
  for (const row of rows) {
    const country = row.country as CountryCode
    lines.push(
      csvLine([
        ...fields.map((f) => displayValue(f, row[f], country)),
        row.rep,
        STAGE_LABELS[row.stage as Stage] ?? row.stage,
        row.liveSince,
        row.notes
      ])
    )
  }
  writeAtomic(path, '\ufeff' + lines.join('\r\n') + '\r\n')
  return { path, rows: rows.length }
}

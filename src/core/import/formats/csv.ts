import type { DecimalStyle } from '../text/numbers'
import { FIELDS, guessMapping, type Field, type Mapping } from '../vocab/headers'
import { readCountry, readKind, readMethod, readScheme, readStatus } from '../vocab/values'
import { amountOf, cell, columnsMismatch, whenOf } from './common'
import type { FormatReader, RowOut, RowResult } from './types'
import { UserError } from '../../errors'

/** Why a delimited file cannot be imported until its columns are mapped. */
export const UNMAPPED = 'no column is mapped to the date and the amount'

/** Any delimited file, read through a column mapping (guessed from the header, editable, savable). */
export const csvFormat: FormatReader = {
  id: 'csv',
  mismatch: UNMAPPED,
  detect(header) {
    const m = guessMapping(header)
    return m.date !== undefined && m.amount !== undefined ? 0.5 : 0
  },
  sampleColumns(header) {
    const m = guessMapping(header)
    return { amount: m.amount === undefined ? [] : [m.amount], date: m.date === undefined ? [] : [m.date] }
  },
  open(header, { choices }) {
    const at = columnsOf(choices.mapping)
    const { dateOrder, decimal, acceptDefaults } = choices
    let defaulted = 0
    return {
      finish: () => (defaulted === 0 ? [] : [defaultedNote(defaulted)]),
      read(rec): RowResult {
        if (at.date < 0 || at.amount < 0) return { reject: UNMAPPED }
        const f = rec.fields
        const mismatch = columnsMismatch(f, header)
        if (mismatch) return { reject: mismatch }
        const when = whenOf(cell(f, at.date), cell(f, at.time), dateOrder)
        if ('reject' in when) return when
        const amount = amountOf(cell(f, at.amount), decimal)
        if (typeof amount !== 'string') return amount
        const row: RowOut = { when, amount, status: 'captured', method: 'card' }
        const unreadPayment = readPayment(f, at, row)
        if (unreadPayment) return unreadPayment
        if (row.methodDefaulted) {
          // Money booked to the wrong segment is the worst silent error: stop unless the user accepted the fallback.
          if (!acceptDefaults)
            throw new UserError(
              'needs_confirmation',
              `line ${rec.line} names no payment method: it would be booked as card; fill in the method, or accept the card default`
            )
          defaulted++
        }
        return readDetails(f, at, decimal, row) ?? readPlace(f, at, row) ?? { row }
      }
    }
  }
}

type Columns = Record<Field, number>

/** Each field's column, -1 when unmapped: looked up once per file, not once per row. */
function columnsOf(mapping: Mapping): Columns {
  return Object.fromEntries(FIELDS.map((field) => [field, mapping[field] ?? -1])) as Columns
}

const defaultedNote = (n: number) =>
  `${n === 1 ? 'one row names' : `${n} rows name`} no payment method and ${n === 1 ? 'was' : 'were'} booked as card, as accepted`

type Rejected = { reject: string } | undefined

/** Method and card scheme; a row naming neither is marked as defaulted to card. */
function readPayment(f: string[], at: Columns, row: RowOut): Rejected {
  const methodText = cell(f, at.method)
  if (methodText) {
    const m = readMethod(methodText)
    if (!m) return { reject: `payment method "${methodText}" is not recognised` }
    row.method = m.method
    row.scheme = m.scheme
  }
  const schemeText = cell(f, at.scheme)
  const schemeMethod = schemeText ? readMethod(schemeText) : undefined
  if (schemeText) {
    row.scheme = schemeMethod?.scheme ?? readScheme(schemeText)
    if (!methodText && schemeMethod) row.method = schemeMethod.method
  }
  if (!methodText && !schemeMethod) row.methodDefaulted = true
  return undefined
}

/** Status, kind, fee and card country. */
function readDetails(f: string[], at: Columns, decimal: DecimalStyle, row: RowOut): Rejected {
  const statusText = cell(f, at.status)
  if (statusText) {
    const s = readStatus(statusText)
    if (!s) return { reject: `status "${statusText}" is not recognised` }
    row.status = s
  }
  const typeText = cell(f, at.type)
  if (typeText) {
    const k = readKind(typeText)
    if (!k) return { reject: `type "${typeText}" is not recognised` }
    row.kind = k
  }
  const feeText = cell(f, at.fee)
  if (feeText) {
    const fee = amountOf(feeText, decimal, 'fee')
    if (typeof fee !== 'string') return fee
    row.fee = fee
  }
  const cardCountry = cell(f, at.cardCountry)
  if (cardCountry) {
    row.cardCountry = readCountry(cardCountry)
    if (!row.cardCountry) return { reject: `card country "${cardCountry}" is not recognised` }
  }
  return undefined
}

/** External id, merchant, its country, store, terminal and currency. */
function readPlace(f: string[], at: Columns, row: RowOut): Rejected {
  row.externalId = cell(f, at.externalId) || undefined
  row.merchantName = cell(f, at.merchant) || undefined
  const country = cell(f, at.country)
  if (country) {
    row.merchantCountry = readCountry(country)
    if (!row.merchantCountry) return { reject: `country "${country}" is not recognised` }
  }
  row.store = cell(f, at.store) || undefined
  row.terminal = cell(f, at.terminal) || undefined
  row.currency = cell(f, at.currency).toUpperCase() || undefined
  return undefined
}

import { guessMapping, type Field } from '../vocab/headers'
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
    const map = choices.mapping
    const col = (f: Field) => (map[f] === undefined ? -1 : (map[f] as number))
    // Column indexes are looked up once per file, not once per row.
    const [iDate, iAmount, iTime, iMethod, iScheme, iStatus, iType] = [
      col('date'),
      col('amount'),
      col('time'),
      col('method'),
      col('scheme'),
      col('status'),
      col('type')
    ]
    const [iFee, iCardCountry, iExternalId, iMerchant, iCountry, iStore, iTerminal, iCurrency] = [
      col('fee'),
      col('cardCountry'),
      col('externalId'),
      col('merchant'),
      col('country'),
      col('store'),
      col('terminal'),
      col('currency')
    ]
    const { dateOrder, decimal, acceptDefaults } = choices
    let defaulted = 0
    return {
      finish: () =>
        defaulted === 0
          ? []
          : [
              `${defaulted === 1 ? 'one row names' : `${defaulted} rows name`} no payment method and ${defaulted === 1 ? 'was' : 'were'} booked as card, as accepted`
            ],
      read(rec): RowResult {
        if (iDate < 0 || iAmount < 0) return { reject: UNMAPPED }
        const f = rec.fields
        const mismatch = columnsMismatch(f, header)
        if (mismatch) return { reject: mismatch }
        const when = whenOf(cell(f, iDate), cell(f, iTime), dateOrder)
        if ('reject' in when) return when
        const amount = amountOf(cell(f, iAmount), decimal)
        if (typeof amount !== 'string') return amount
        const row: RowOut = { when, amount, status: 'captured', method: 'card' }
        const methodText = cell(f, iMethod)
        if (methodText) {
          const m = readMethod(methodText)
          if (!m) return { reject: `payment method "${methodText}" is not recognised` }
          row.method = m.method
          row.scheme = m.scheme
        }
        const schemeText = cell(f, iScheme)
        if (schemeText) {
          const m = readMethod(schemeText)
          row.scheme = m?.scheme ?? readScheme(schemeText)
          if (!methodText && m) row.method = m.method
        }
        if (!methodText && !(schemeText && readMethod(schemeText))) {
          // Money booked to the wrong segment is the worst silent error: stop unless the user accepted the fallback.
          if (!acceptDefaults)
            throw new UserError(
              'needs_confirmation',
              `line ${rec.line} names no payment method: it would be booked as card; fill in the method, or accept the card default`
            )
          defaulted++
          row.methodDefaulted = true
        }
        const statusText = cell(f, iStatus)
        if (statusText) {
          const s = readStatus(statusText)
          if (!s) return { reject: `status "${statusText}" is not recognised` }
          row.status = s
        }
        const typeText = cell(f, iType)
        if (typeText) {
          const k = readKind(typeText)
          if (!k) return { reject: `type "${typeText}" is not recognised` }
          row.kind = k
        }
        const feeText = cell(f, iFee)
        if (feeText) {
          const fee = amountOf(feeText, decimal, 'fee')
          if (typeof fee !== 'string') return fee
          row.fee = fee
        }
        const cardCountry = cell(f, iCardCountry)
        if (cardCountry) {
          row.cardCountry = readCountry(cardCountry)
          if (!row.cardCountry) return { reject: `card country "${cardCountry}" is not recognised` }
        }
        row.externalId = cell(f, iExternalId) || undefined
        row.merchantName = cell(f, iMerchant) || undefined
        const country = cell(f, iCountry)
        if (country) {
          row.merchantCountry = readCountry(country)
          if (!row.merchantCountry) return { reject: `country "${country}" is not recognised` }
        }
        row.store = cell(f, iStore) || undefined
        row.terminal = cell(f, iTerminal) || undefined
        row.currency = cell(f, iCurrency).toUpperCase() || undefined
        return { row }
      }
    }
  }
}

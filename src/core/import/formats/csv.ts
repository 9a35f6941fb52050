import { guessMapping, type Field } from '../vocab/headers'
import { readCountry, readKind, readMethod, readScheme, readStatus } from '../vocab/values'
import { amountOf, cell, columnsMismatch, whenOf } from './common'
import type { FormatReader, RowOut, RowResult } from './types'

/** Any delimited file, read through a column mapping (guessed from the header, editable, savable). */
export const csvFormat: FormatReader = {
  id: 'csv',
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
    const [iDate, iAmount] = [col('date'), col('amount')]
    return {
      read(rec): RowResult {
        if (iDate < 0 || iAmount < 0) return { reject: 'no column is mapped to the date and the amount' }
        const f = rec.fields
        const mismatch = columnsMismatch(f, header)
        if (mismatch) return { reject: mismatch }
        const when = whenOf(cell(f, iDate), cell(f, col('time')), choices.dateOrder)
        if ('reject' in when) return when
        const amount = amountOf(cell(f, iAmount), choices.decimal)
        if (typeof amount !== 'string') return amount
        const row: RowOut = { when, amount, status: 'captured', method: 'card' }
        const methodText = cell(f, col('method'))
        if (methodText) {
          const m = readMethod(methodText)
          if (!m) return { reject: `payment method "${methodText}" is not recognised` }
          row.method = m.method
          row.scheme = m.scheme
        }
        const schemeText = cell(f, col('scheme'))
        if (schemeText) {
          const m = readMethod(schemeText)
          row.scheme = m?.scheme ?? readScheme(schemeText)
          if (!methodText && m) row.method = m.method
        }
        const statusText = cell(f, col('status'))
        if (statusText) {
          const s = readStatus(statusText)
          if (!s) return { reject: `status "${statusText}" is not recognised` }
          row.status = s
        }
        const typeText = cell(f, col('type'))
        if (typeText) {
          const k = readKind(typeText)
          if (!k) return { reject: `type "${typeText}" is not recognised` }
          row.kind = k
        }
        const feeText = cell(f, col('fee'))
        if (feeText) {
          const fee = amountOf(feeText, choices.decimal, 'fee')
          if (typeof fee !== 'string') return fee
          row.fee = fee
        }
        const cardCountry = cell(f, col('cardCountry'))
        if (cardCountry) {
          row.cardCountry = readCountry(cardCountry)
          if (!row.cardCountry) return { reject: `card country "${cardCountry}" is not recognised` }
        }
        row.externalId = cell(f, col('externalId')) || undefined
        row.merchantName = cell(f, col('merchant')) || undefined
        row.merchantCountry = readCountry(cell(f, col('country')))
        row.store = cell(f, col('store')) || undefined
        row.terminal = cell(f, col('terminal')) || undefined
        row.currency = cell(f, col('currency')).toUpperCase() || undefined
        return { row }
      }
    }
  }
}

import { cell, columnIndex, columnsMismatch, whenOf } from './common'
import type { FormatReader, RowResult } from './types'
import type { Kind } from '../vocab/values'

const KIND: Record<string, Kind> = { PAYMENT: 'payment', REFUND: 'refund', CANCEL: 'refund' }

/** Antom / Alipay+ transactionItems: amounts are integers of minor units, times ISO 8601, last line `<END>`. */
export const antomFormat: FormatReader = {
  id: 'antom',
  mismatch:
    'it is not an Antom transactionItems file: its first line names no transactionId, transactionAmountValue and transactionCurrency columns',
  detect(header) {
    const has = (n: string) => columnIndex(header, n) >= 0
    return has('transactionId') && has('transactionAmountValue') && has('transactionCurrency') ? 1 : 0
  },
  open(header) {
    const i = (n: string) => columnIndex(header, n)
    const [iMerchant, iStore, iTx, iType, iTime, iAmount, iCurrency, iMethod] = [
      i('referenceMerchantId'),
      i('referenceStoreId'),
      i('transactionId'),
      i('transactionType'),
      i('paymentTime'),
      i('transactionAmountValue'),
      i('transactionCurrency'),
      i('paymentMethodType')
    ]
    let ended = false
    return {
      read(rec): RowResult {
        const f = rec.fields
        if (f.length === 1 && f[0].trim() === '<END>') {
          ended = true
          return { skip: 'end marker' }
        }
        if (ended) return { reject: 'comes after the <END> line' }
        const mismatch = columnsMismatch(f, header)
        if (mismatch) return { reject: mismatch }
        const tx = cell(f, iTx)
        if (!tx) return { reject: 'transactionId is empty' }
        const typeText = cell(f, iType).toUpperCase()
        const kind = KIND[typeText]
        if (!kind) return { reject: `transactionType "${cell(f, iType)}" is not PAYMENT, REFUND or CANCEL` }
        const when = whenOf(cell(f, iTime), '', 'dmy')
        if ('reject' in when) return when
        const amount = cell(f, iAmount)
        if (!/^-?\d+$/.test(amount)) return { reject: `transactionAmountValue "${amount}" is not a whole number of minor units` }
        const method = cell(f, iMethod)
        return {
          row: {
            externalId: tx,
            when,
            merchantFallback: cell(f, iMerchant) || undefined,
            store: cell(f, iStore) || undefined,
            kind,
            status: 'captured',
            // Every Alipay+ wallet (Alipay CN/HK, partner wallets) counts as Alipay here.
            method: 'alipay',
            scheme: method ? method.toLowerCase() : undefined,
            amount: amount.replace(/^-/, ''),
            amountIsMinor: true,
            currency: cell(f, iCurrency).toUpperCase()
          }
        }
      },
      finish: () => (ended ? [] : ['the file has no <END> line, so it may be cut short'])
    }
  }
}

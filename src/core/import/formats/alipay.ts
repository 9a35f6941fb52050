import { BEIJING } from '../text/dates'
import { amountOf, cell, columnIndex, columnsMismatch, whenOf } from './common'
import type { FormatReader, RowResult } from './types'
import type { Status } from '../vocab/values'

const PARTNER_IN_NAME = /(2088\d{12})_fptrade_/i

export function partnerIdFromFileName(fileName: string): string | undefined {
  return PARTNER_IN_NAME.exec(fileName)?.[1]
}

const STATUS: Record<string, Status> = { P: 'captured', L: 'settled', F: 'failed' }

/**
 * Alipay cross-border transaction/settlement file (pipe-delimited), classic and in-store QR variant.
 * Times are Beijing time; Type P/R; Status P paid, L settled, F failed.
 */
export const alipayFormat: FormatReader = {
  id: 'alipay',
  mismatch:
    'it is not an Alipay transaction or settlement file: its first line names no Partner_transaction_id, Transaction_id and Payment_time columns',
  detect(header, fileName) {
    const has = (n: string) => columnIndex(header, n) >= 0
    if (has('Partner_transaction_id') && has('Transaction_id') && has('Payment_time')) return 1
    return partnerIdFromFileName(fileName) ? 0.4 : 0
  },
  open(header, { choices, fileName }) {
    const i = (n: string) => columnIndex(header, n)
    const [iPartnerTx, iTx, iAmount, iFee, iCurrency, iTime, iSettleTime, iType, iStatus] = [
      i('Partner_transaction_id'),
      i('Transaction_id'),
      i('Amount'),
      i('Fee'),
      i('Currency'),
      i('Payment_time'),
      i('Settlement_time'),
      i('Type'),
      i('Status')
    ]
    const [iMerchant, iOperator, iTransCurrency, iTransAmount] = [
      i('Secondary_merchant_name'),
      i('Operator_name'),
      i('Trans_currency'),
      i('Trans_amount')
    ]
    const partnerId = partnerIdFromFileName(fileName)
    return {
      read(rec): RowResult {
        const f = rec.fields
        const mismatch = columnsMismatch(f, header)
        if (mismatch) return { reject: mismatch }
        const tx = cell(f, iTx)
        if (!tx) return { reject: 'Transaction_id is empty' }
        const when = whenOf(cell(f, iTime), '', 'dmy')
        if ('reject' in when) return when
        const type = cell(f, iType).toUpperCase()
        if (type !== 'P' && type !== 'R') return { reject: `Type "${cell(f, iType)}" is neither P (payment) nor R (refund)` }
        const statusCode = cell(f, iStatus).toUpperCase()
        let status: Status | undefined = STATUS[statusCode]
        if (!status) return { reject: `Status "${cell(f, iStatus)}" is not P, L or F` }
        if (status === 'captured' && cell(f, iSettleTime)) status = 'settled'
        // The QR variant carries the amount the shop charged in Trans_currency; prefer it.
        const transCurrency = cell(f, iTransCurrency).toUpperCase()
        const useTrans = transCurrency !== '' && cell(f, iTransAmount) !== ''
        const currency = useTrans ? transCurrency : cell(f, iCurrency).toUpperCase()
        const amount = amountOf(cell(f, useTrans ? iTransAmount : iAmount), choices.decimal)
        if (typeof amount !== 'string') return amount
        const feeText = cell(f, iFee)
        const sameCurrency = currency === cell(f, iCurrency).toUpperCase()
        const fee = feeText && sameCurrency ? amountOf(feeText, choices.decimal, 'Fee') : undefined
        if (fee !== undefined && typeof fee !== 'string') return fee
        const partnerTx = cell(f, iPartnerTx)
        return {
          row: {
            externalId: type === 'P' ? tx : `${tx}:R:${partnerTx}`,
            when,
            zone: BEIJING,
            merchantName: cell(f, iMerchant) || undefined,
            terminal: cell(f, iOperator) || undefined,
            kind: type === 'P' ? 'payment' : 'refund',
            status,
            method: 'alipay',
            amount: amount.replace(/^-/, ''),
            currency,
            fee: fee?.replace(/^-/, ''),
            partnerId
          }
        }
      }
    }
  }
}

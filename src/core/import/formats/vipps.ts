import { amountOf, cell, columnIndex, whenOf } from './common'
import type { FormatReader, RowResult } from './types'

const SECTIONS = ['settlementinfo', 'transactioninfo']
const sectionOf = (first: string) => {
  const s = first.trim().toLowerCase()
  return SECTIONS.includes(s) ? s : undefined
}

/**
 * Vipps settlement report: typed sections. A `SettlementInfo` / `TransactionInfo` line opens a
 * section and the next line is its header; some exports instead prefix every line of a section
 * with its name. Only TransactionInfo rows are sales; settlement summaries are skipped.
 */
export const vippsFormat: FormatReader = {
  id: 'vipps',
  mismatch: 'it is not a Vipps settlement report: it has no SettlementInfo or TransactionInfo section',
  firstLineIsData: true,
  detect(header, _fileName, sample) {
    if (sectionOf(header[0] ?? '')) return 1
    return /^(?:"?)TransactionInfo\b/im.test(sample) && /SalesDate/i.test(sample) ? 0.9 : 0
  },
  open() {
    let section: string | undefined
    let header: string[] | undefined
    let prefixed = false
    return {
      read(rec): RowResult {
        let f = rec.fields
        if (f.every((x) => x.trim() === '')) return { skip: 'blank line' }
        const named = sectionOf(f[0])
        if (named) {
          const rest = f.slice(1)
          if (named !== section || !header) {
            section = named
            prefixed = rest.some((x) => x.trim() !== '')
            header = prefixed ? rest : undefined
            return { skip: 'section start' }
          }
          if (prefixed) f = rest
        } else if (!header) {
          if (!section) return { reject: 'comes before any SettlementInfo or TransactionInfo section' }
          header = f
          return { skip: 'section header' }
        }
        if (section !== 'transactioninfo') return { skip: 'settlement summary' }
        const i = (n: string) => columnIndex(header as string[], n)
        const tx = cell(f, i('TransactionId'))
        if (!tx) return { reject: 'TransactionId is empty' }
        const when = whenOf(cell(f, i('SalesDate')), cell(f, i('SalesTime')), 'dmy')
        if ('reject' in when) return when
        const grossText = cell(f, i('Gross'))
        const refundText = cell(f, i('Refund'))
        const gross = amountOf(grossText || '0', 'point', 'Gross')
        if (typeof gross !== 'string') return gross
        const refund = refundText ? amountOf(refundText, 'point', 'Refund') : '0'
        if (typeof refund !== 'string') return refund
        const isRefund = Number(gross) === 0 && Number(refund) !== 0
        const fee = cell(f, i('Fee'))
        const feeValue = fee ? amountOf(fee, 'point', 'Fee') : undefined
        if (feeValue !== undefined && typeof feeValue !== 'string') return feeValue
        return {
          row: {
            externalId: tx,
            when,
            merchantFallback: cell(f, i('SaleUnitName')) || undefined,
            store: cell(f, i('SaleUnitName')) || undefined,
            kind: isRefund || gross.startsWith('-') ? 'refund' : 'payment',
            status: cell(f, i('SettlementDate')) ? 'settled' : 'captured',
            method: 'other',
            scheme: 'vipps',
            amount: (isRefund ? refund : gross).replace(/^-/, ''),
            currency: cell(f, i('Currency')).toUpperCase() || 'NOK',
            fee: feeValue?.replace(/^-/, '')
          }
        }
      }
    }
  }
}

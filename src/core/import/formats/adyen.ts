import { amountOf, cell, columnIndex, columnsMismatch, whenOf } from './common'
import type { FormatReader, RowResult } from './types'
import type { Kind, Status } from '../vocab/values'
import { readCountry, readMethod } from '../vocab/values'
import type { Zone } from '../text/dates'
import type { DecimalStyle } from '../text/numbers'

const RECORDS: Record<string, [Kind, Status]> = {
  received: ['payment', 'pending'],
  authorised: ['payment', 'pending'],
  sentforsettle: ['payment', 'captured'],
  settled: ['payment', 'settled'],
  settledbulk: ['payment', 'settled'],
  settledexternally: ['payment', 'settled'],
  settledexternallywithinfo: ['payment', 'settled'],
  cancelled: ['payment', 'failed'],
  refused: ['payment', 'failed'],
  error: ['payment', 'failed'],
  expired: ['payment', 'failed'],
  sentforrefund: ['refund', 'captured'],
  refunded: ['refund', 'settled'],
  refundedbulk: ['refund', 'settled'],
  refundedexternally: ['refund', 'settled'],
  refundedexternallywithinfo: ['refund', 'settled'],
  refundfailed: ['refund', 'failed'],
  chargeback: ['refund', 'settled']
}

const ZONES: Record<string, Zone> = {
  utc: { offsetMs: 0 },
  gmt: { offsetMs: 0 },
  cet: { offsetMs: 3_600_000 },
  cest: { offsetMs: 7_200_000 },
  eet: { offsetMs: 7_200_000 },
  eest: { offsetMs: 10_800_000 },
  'europe/oslo': { country: 'NO' },
  'europe/copenhagen': { country: 'DK' },
  'europe/stockholm': { country: 'SE' },
  'europe/helsinki': { country: 'FI' }
}

/**
 * Adyen payment accounting report, read by header name (Adyen adds columns over time). A payment
 * shows up as several records (Received, Authorised, SentForSettle, Settled); they share the Psp
 * Reference, so the first is stored and later ones count as its duplicates and advance its status.
 * Records that are not sales or refunds (fees, payouts, corrections) are skipped.
 */
export const adyenFormat: FormatReader = {
  id: 'adyen',
  mismatch: 'it is not an Adyen payment accounting report: its first line names no "Psp Reference" and "Record Type" columns',
  detect(header) {
    return columnIndex(header, 'Psp Reference') >= 0 && columnIndex(header, 'Record Type') >= 0 ? 1 : 0
  },
  open(header, { choices }) {
    const i = (n: string) => columnIndex(header, n)
    const [iPsp, iType, iDate, iZone, iMainCur, iMainAmount, iPayCur, iMethod] = [
      i('Psp Reference'),
      i('Record Type'),
      i('Booking Date'),
      i('TimeZone'),
      i('Main Currency'),
      i('Main Amount'),
      i('Payment Currency'),
      i('Payment Method')
    ]
    const amountCols = ['Captured (PC)', 'Authorised (PC)', 'Received (PC)'].map(i)
    const [iSettleCur, iIssuer, iTerminal, iMerchant] = [
      i('Settlement Currency'),
      i('Issuer Country'),
      i('Unique Terminal Id'),
      i('Merchant Account')
    ]
    const feeCols = ['Commission (SC)', 'Markup (SC)', 'Scheme Fees (SC)', 'Interchange (SC)'].map(i)
    return {
      read(rec): RowResult {
        const f = rec.fields
        const mismatch = columnsMismatch(f, header)
        if (mismatch) return { reject: mismatch }
        const typeText = cell(f, iType)
        const record = RECORDS[typeText.toLowerCase().replace(/[\s_]/g, '')]
        if (!record) return { skip: `record type ${typeText}` }
        const psp = cell(f, iPsp)
        if (!psp) return { reject: 'Psp Reference is empty' }
        const when = whenOf(cell(f, iDate), '', choices.dateOrder)
        if ('reject' in when) return when
        const zoneText = cell(f, iZone).toLowerCase()
        const zone = ZONES[zoneText]
        if (zoneText && !zone) return { reject: `TimeZone "${cell(f, iZone)}" is not recognised` }
        let currency = cell(f, iMainCur).toUpperCase()
        let amountText = cell(f, iMainAmount)
        if (!amountText) {
          currency = cell(f, iPayCur).toUpperCase()
          amountText = amountCols.map((c) => cell(f, c)).find((v) => v !== '') ?? ''
        }
        const amount = amountOf(amountText, choices.decimal)
        if (typeof amount !== 'string') return amount
        const fee = cell(f, iSettleCur).toUpperCase() === currency ? feeOf(f, feeCols, header, choices.decimal) : undefined
        if (typeof fee === 'object') return fee
        const [kind, status] = record
        const methodText = cell(f, iMethod)
        const method = readMethod(methodText) ?? { method: 'other' as const, scheme: methodText.toLowerCase() || undefined }
        return {
          row: {
            externalId: kind === 'payment' ? psp : `${psp}:refund`,
            when,
            zone,
            merchantFallback: cell(f, iMerchant) || undefined,
            terminal: cell(f, iTerminal) || undefined,
            kind,
            status,
            method: method.method,
            scheme: method.scheme,
            cardCountry: readCountry(cell(f, iIssuer)),
            amount: amount.replace(/^-/, ''),
            currency,
            fee
          }
        }
      }
    }
  }
}

/** The fee columns summed, in the settlement currency; undefined when there is none. */
function feeOf(f: string[], feeCols: number[], header: string[], decimal: DecimalStyle): string | undefined | { reject: string } {
  // Summed as scaled integers (10^-4 units), never as floats.
  let units = 0n
  for (const c of feeCols) {
    const v = cell(f, c)
    if (!v) continue
    const parsed = amountOf(v, decimal, header[c])
    if (typeof parsed !== 'string') return parsed
    const [whole, fraction = ''] = parsed.replace(/^-/, '').split('.')
    if (fraction.length > 4) return { reject: `${header[c]} "${v}" has too many decimals` }
    units += BigInt(whole + fraction.padEnd(4, '0'))
  }
  if (units === 0n) return undefined
  const text = units.toString().padStart(5, '0')
  return `${text.slice(0, -4)}.${text.slice(-4)}`.replace(/0+$/, '').replace(/\.$/, '')
}

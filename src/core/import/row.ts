import { isCurrency } from '../money/currency'
import { fromDecimal } from '../money/decimal'
import { steadyOffsetMs, utcOffsetMs, type CountryCode } from '../time/zones'
import type { RowOut } from './formats/types'
import type { MerchantRef, MerchantResolver, StoreResolver } from './merchants'
import { nameTooLong } from '../shared/names'
import { toUtc, type WallTime } from './text/dates'
import type { Kind, Method, Origin, Status } from '../db/transaction-codes'
import type { Fact } from '../rollup'
import { csvExternalId } from '../db/external-ids'

const CURRENCY_OF: Record<CountryCode, string> = { DK: 'DKK', NO: 'NOK', SE: 'SEK', FI: 'EUR' }

/** A row exactly as it will be stored. */
export interface Resolved {
  merchant: MerchantRef
  storeId: number | null
  store?: string
  terminal: string | null
  occurredAt: number
  day: string
  kind: Kind
  status: Status
  method: Method
  scheme: string | null
  cardCountry: string | null
  origin: Origin
  amount: number
  currency: string
  fee: number | null
  externalId: string | null
}

export interface Attribution {
  /** The merchant the user chose for rows that name none. */
  chosen?: MerchantRef | { name: string }
}

function minor(text: string, currency: string, isMinor: boolean | undefined, what: string): number | string {
  if (isMinor) {
    const n = Number(text)
    return Number.isSafeInteger(n) ? n : `${what} "${text}" is too large`
  }
  try {
    return fromDecimal(text, currency)
  } catch (err) {
    return `${what} ${(err as Error).message}`
  }
}

export function originOf(method: Method, cardCountry: string | null, merchantCountry: string): Resolved['origin'] {
  if (method === 'alipay') return 'alipay'
  if (method === 'other') return 'other'
  if (!cardCountry) return 'unknown'
  if (cardCountry === 'CN') return 'cn'
  return cardCountry === merchantCountry ? 'domestic' : 'foreign'
}

/** Merchant, currency, minor units, kind, UTC time and local day for one row; a string is a reject reason. */
export function resolveRow(
  row: RowOut,
  format: string,
  merchants: MerchantResolver,
  stores: StoreResolver,
  attribution: Attribution
): Resolved | string {
  let merchant: MerchantRef | string | undefined
  if (row.merchantName) merchant = merchants.named(row.merchantName, row.merchantCountry, row.currency)
  else if (attribution.chosen) {
    merchant =
      'id' in attribution.chosen
        ? attribution.chosen
        : merchants.named(attribution.chosen.name, row.merchantCountry, row.currency)
    if (typeof merchant !== 'string' && row.partnerId) merchants.rememberPartner(row.partnerId, merchant)
  } else if (row.partnerId && merchants.partner(row.partnerId)) merchant = merchants.partner(row.partnerId)
  else if (row.merchantFallback) merchant = merchants.named(row.merchantFallback, row.merchantCountry, row.currency)
  if (merchant === undefined) return 'no merchant: the row names none, so choose one for the file (--merchant NAME)'
  if (typeof merchant === 'string') return merchant
  const storeTooLong = row.store ? nameTooLong('store', row.store.trim()) : null
  if (storeTooLong) return storeTooLong

  const currency = row.currency || CURRENCY_OF[merchant.country]
  if (!isCurrency(currency)) return `currency "${currency}" is not supported`
  const signed = minor(row.amount, currency, row.amountIsMinor, 'amount')
  if (typeof signed === 'string') return signed
  const fee = row.fee === undefined ? null : minor(row.fee, currency, false, 'fee')
  if (typeof fee === 'string') return fee
  const kind = row.kind ?? (signed < 0 ? 'refund' : 'payment')
  const t = row.when
  const steady = row.zone === undefined ? steadyOffsetOf(t, merchant.country) : undefined
  const occurredAt =
    steady === undefined
      ? toUtc(t, row.zone ?? { country: merchant.country })
      : Date.UTC(t.y, t.m - 1, t.d, t.h, t.mi, t.s) - steady + t.ms
  if (!Number.isFinite(occurredAt)) return 'date is out of range'
  const cardCountry = row.cardCountry ?? null
  const externalId = row.externalId ? (format === 'csv' ? csvExternalId(row.externalId, merchant.id) : row.externalId) : null
  return {
    merchant,
    storeId: row.store ? stores.id(merchant.id, row.store) : null,
    store: row.store,
    terminal: row.terminal ?? null,
    occurredAt,
    day: dayText(Math.floor((occurredAt + (steady ?? utcOffsetMs(occurredAt, merchant.country))) / DAY_MS)),
    kind,
    status: row.status,
    method: row.method,
    scheme: row.scheme ?? null,
    cardCountry,
    origin: originOf(row.method, cardCountry, merchant.country),
    amount: Math.abs(signed),
    currency,
    fee: fee === null ? null : Math.abs(fee),
    externalId
  }
}

const DAY_MS = 86_400_000
let memoDay = NaN
let memoText = ''

/** 'YYYY-MM-DD' of a day number, reused while rows stay on one day (files run in time order). */
function dayText(day: number): string {
  if (day !== memoDay) {
    memoText = new Date(day * DAY_MS).toISOString().slice(0, 10)
    memoDay = day
  }
  return memoText
}

let steadyCountry = ''
let steadyY = NaN
let steadyM = NaN
let steadyD = NaN
let steadyValue: number | undefined

/**
 * The country's offset for a wall time without its own offset, when its day has no clock change
 * (then toUtc is wall time minus that offset); undefined otherwise, for the general path. Found
 * once per day: rows of a file mostly share their day with the row before.
 */
function steadyOffsetOf(t: WallTime, country: CountryCode): number | undefined {
  if (t.offsetMs !== undefined || !(t.h >= 0 && t.h < 24 && t.mi >= 0 && t.mi < 60 && t.s >= 0 && t.s < 60)) return undefined
  if (t.d !== steadyD || t.m !== steadyM || t.y !== steadyY || country !== steadyCountry) {
    const dayStart = Date.UTC(t.y, t.m - 1, t.d)
    steadyValue = Number.isFinite(dayStart) ? steadyOffsetMs(country, dayStart) : undefined
    steadyY = t.y
    steadyM = t.m
    steadyD = t.d
    steadyCountry = country
  }
  return steadyValue
}

/** Identity of a row without an external id; the occurrence index is appended per file. */
export function fingerprintBase(r: Resolved): string {
  return `${r.occurredAt}|${r.amount}|${r.currency}|${r.kind}|${r.merchant.id}|${r.storeId ?? ''}|${r.terminal ?? ''}`
}

/** 53-bit FNV-style hash: the key of the per-file occurrence counter (fits an SQLite INTEGER). */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
  }
  return (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff)
}

/** A stored row as the rollups see it. */
export const factOf = (r: Resolved): Fact => ({
  day: r.day,
  country: r.merchant.country,
  merchantId: r.merchant.id,
  storeId: r.storeId,
  occurredAt: r.occurredAt,
  kind: r.kind,
  status: r.status,
  method: r.method,
  origin: r.origin,
  amount: r.amount,
  currency: r.currency,
  fee: r.fee
})

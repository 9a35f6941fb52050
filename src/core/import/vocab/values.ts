import type { CountryCode } from '../../time/zones'
import type { Kind, Method, Status } from '../../db/transaction-codes'
import { Memo } from '../text/memo'
import { isAlpha2 } from './countries'

export type { Kind, Method, Status } from '../../db/transaction-codes'

const norm = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s_\-+.]+/g, ' ')
    .trim()

const SCHEMES: Record<string, string> = {
  visa: 'visa',
  'visa debit': 'visa',
  'visa electron': 'visa',
  vpay: 'visa',
  mastercard: 'mastercard',
  'master card': 'mastercard',
  mc: 'mastercard',
  maestro: 'maestro',
  'debit mastercard': 'mastercard',
  unionpay: 'unionpay',
  'union pay': 'unionpay',
  cup: 'unionpay',
  'china unionpay': 'unionpay',
  银联: 'unionpay',
  amex: 'amex',
  'american express': 'amex',
  jcb: 'jcb',
  diners: 'diners',
  'diners club': 'diners',
  discover: 'discover',
  dankort: 'dankort',
  'visa dankort': 'dankort',
  bankaxept: 'bankaxept',
  'bank axept': 'bankaxept'
}

const CARD_WORDS = new Set([
  'card',
  'cards',
  'kort',
  'kortti',
  'korttimaksu',
  'kortbetaling',
  'kortbetalning',
  'betalkort',
  'bankkort',
  'debit',
  'credit',
  'debit card',
  'credit card',
  'pankkikortti',
  'luottokortti',
  'debetkort',
  'kredittkort',
  'kreditkort',
  'chip',
  'contactless',
  'debitkort',
  'kortmaksu',
  'apple pay',
  'applepay',
  'google pay',
  'googlepay'
])
const ALIPAY_WORDS = new Set([
  'alipay',
  'alipay ',
  'alipay cn',
  'alipaycn',
  'alipay hk',
  'alipayhk',
  'alipay plus',
  'alipay connect',
  '支付宝',
  'zhifubao'
])
const OTHER_WORDS = new Set([
  'cash',
  'kontant',
  'kontanter',
  'käteinen',
  'vipps',
  'mobilepay',
  'swish',
  'wechat',
  'wechat pay',
  'wechatpay',
  '微信支付',
  '现金',
  'mobile pay',
  'vipps mobilepay',
  'invoice',
  'faktura',
  'lasku',
  'gift card',
  'gavekort',
  'presentkort',
  'lahjakortti',
  'other',
  'annet',
  'andet',
  'annat',
  'muu'
])

/** A method cell: "Kort", "Visa", "UnionPay", "Alipay", "Kontant"… → method (+ scheme when it names one). */
export function readMethod(value: string): Readonly<{ method: Method; scheme?: string }> | undefined {
  return METHODS.get(value)
}

function methodOf(value: string): Readonly<{ method: Method; scheme?: string }> | undefined {
  const v = norm(value)
  if (v === '') return undefined
  if (ALIPAY_WORDS.has(v) || v.startsWith('alipay')) return { method: 'alipay' }
  const scheme = SCHEMES[v]
  if (scheme) return { method: 'card', scheme }
  if (CARD_WORDS.has(v)) return { method: 'card' }
  if (OTHER_WORDS.has(v)) return { method: 'other' }
  return undefined
}

export function readScheme(value: string): string | undefined {
  return SCHEME_CELLS.get(value)
}

function schemeOf(value: string): string | undefined {
  const v = norm(value)
  return v === '' ? undefined : (SCHEMES[v] ?? v)
}

const PAYMENT = new Set([
  'payment',
  'sale',
  'sales',
  'purchase',
  'p',
  'debit',
  'capture',
  'salg',
  'køb',
  'kjøp',
  'kjop',
  'betaling',
  'köp',
  'försäljning',
  'betalning',
  'osto',
  'myynti',
  'maksu',
  'veloitus'
])
const REFUND = new Set([
  'refund',
  'r',
  'return',
  'credit',
  'reversal',
  'cancel',
  'retur',
  'refusion',
  'tilbakebetaling',
  'refundering',
  'återbetalning',
  'återköp',
  'hyvitys',
  'palautus',
  'kreditering',
  'kreditnota'
])

export function readKind(value: string): Kind | undefined {
  return KINDS.get(value)
}

function kindOf(value: string): Kind | undefined {
  const v = norm(value)
  if (PAYMENT.has(v)) return 'payment'
  if (REFUND.has(v)) return 'refund'
  return undefined
}

const STATUSES: Record<string, Status> = {
  captured: 'captured',
  approved: 'captured',
  ok: 'captured',
  success: 'captured',
  successful: 'captured',
  completed: 'captured',
  paid: 'captured',
  authorised: 'captured',
  authorized: 'captured',
  godkendt: 'captured',
  godkjent: 'captured',
  godkänd: 'captured',
  genomförd: 'captured',
  gennemført: 'captured',
  gjennomført: 'captured',
  hyväksytty: 'captured',
  onnistunut: 'captured',
  maksettu: 'captured',
  betalt: 'captured',
  settled: 'settled',
  liquidated: 'settled',
  oppgjort: 'settled',
  avregnet: 'settled',
  afregnet: 'settled',
  utbetalt: 'settled',
  udbetalt: 'settled',
  utbetald: 'settled',
  avräknad: 'settled',
  tilitetty: 'settled',
  pending: 'pending',
  venter: 'pending',
  afventer: 'pending',
  väntande: 'pending',
  väntar: 'pending',
  odottaa: 'pending',
  kesken: 'pending',
  failed: 'failed',
  declined: 'failed',
  rejected: 'failed',
  error: 'failed',
  cancelled: 'failed',
  canceled: 'failed',
  refused: 'failed',
  avvist: 'failed',
  afvist: 'failed',
  avslått: 'failed',
  nekad: 'failed',
  avvisad: 'failed',
  misslyckad: 'failed',
  mislykket: 'failed',
  hylätty: 'failed',
  epäonnistui: 'failed',
  peruttu: 'failed'
}

export function readStatus(value: string): Status | undefined {
  return STATUS_CELLS.get(value)
}

const COUNTRY_NAMES: Record<string, string> = {
  chn: 'CN',
  china: 'CN',
  kina: 'CN',
  kiina: 'CN',
  nor: 'NO',
  norway: 'NO',
  norge: 'NO',
  norja: 'NO',
  noreg: 'NO',
  dnk: 'DK',
  denmark: 'DK',
  danmark: 'DK',
  tanska: 'DK',
  swe: 'SE',
  sweden: 'SE',
  sverige: 'SE',
  ruotsi: 'SE',
  fin: 'FI',
  finland: 'FI',
  suomi: 'FI',
  deu: 'DE',
  germany: 'DE',
  tyskland: 'DE',
  deutschland: 'DE',
  saksa: 'DE',
  usa: 'US',
  'united states': 'US',
  gbr: 'GB',
  'united kingdom': 'GB',
  storbritannia: 'GB',
  storbritannien: 'GB',
  'iso-britannia': 'GB',
  hkg: 'HK',
  'hong kong': 'HK',
  hongkong: 'HK',
  mac: 'MO',
  macau: 'MO',
  macao: 'MO',
  twn: 'TW',
  taiwan: 'TW',
  jpn: 'JP',
  japan: 'JP',
  japani: 'JP',
  中国: 'CN',
  中國: 'CN'
}

/** An issuing or merchant country cell → ISO alpha-2 ("CN", "China", "Kina", "CHN" → "CN"). */
export function readCountry(value: string): string | undefined {
  return value === '' ? undefined : COUNTRY_CELLS.get(value)
}

/** A cell that names a real country (an ISO code in use, or a name we know); for telling columns apart by content. */
export function knownCountry(value: string): string | undefined {
  const v = norm(value)
  if (/^[a-z]{2}$/.test(v)) return isAlpha2(v) ? v.toUpperCase() : undefined
  return COUNTRY_NAMES[v]
}

function countryOf(value: string): string | undefined {
  const v = norm(value)
  if (v === '') return undefined
  if (/^[a-z]{2}$/.test(v)) return v.toUpperCase()
  return COUNTRY_NAMES[v]
}

// A file repeats a handful of method, status and country values over millions of rows: each
// distinct cell text is normalised and looked up once (results are shared, hence read-only).
const METHODS = new Memo((v) => Object.freeze(methodOf(v)))
const SCHEME_CELLS = new Memo(schemeOf)
const KINDS = new Memo(kindOf)
const STATUS_CELLS = new Memo((v) => STATUSES[norm(v)])
const COUNTRY_CELLS = new Memo(countryOf)

export const COUNTRY_OF_CURRENCY: Record<string, CountryCode> = { DKK: 'DK', NOK: 'NO', SEK: 'SE', EUR: 'FI' }

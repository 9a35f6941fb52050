// Locale-aware formatting. Money arrives as decimal strings ("4000.00") or integer minor units and is
// handed to Intl as a string, so no value ever passes through a binary float.
import type { AppLocale } from './i18n/locales'

const TIME_ZONES: Record<string, string> = {
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
  FI: 'Europe/Helsinki'
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined
  if (!f) cache.set(key, (f = make()))
  return f
}

function moneyFormat(currency: string, locale: AppLocale): Intl.NumberFormat {
  // English shows the ISO code ("NOK 4,000.00"): "kr" alone is ambiguous across NOK, DKK and SEK.
  // Norwegian shows the local symbol for NOK ("4 000,00 kr") and codes/symbols for the others.
  return cached(`money:${locale}:${currency}`, () =>
    Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: locale === 'en' ? 'code' : 'symbol' })
  )
}

/** Intl accepts exact decimal strings (ES2023 Intl.NumberFormat v3); the cast only widens TS's type. */
function formatDecimal(f: Intl.NumberFormat, decimal: string): string {
  return f.format(decimal as unknown as number)
}

/** formatMoney('4000.00', 'NOK', 'nb') → '4 000,00 kr'; ('4000.00', 'NOK', 'en') → 'NOK 4,000.00'. */
export function formatMoney(decimal: string, currency: string, locale: AppLocale): string {
  return formatDecimal(moneyFormat(currency, locale), decimal)
}

/** The currency's ISO minor digits, as Intl knows them (2 for NOK, 0 for JPY). */
export function minorDigits(currency: string): number {
  return Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/** Integer minor units to an exact decimal string: (123456, 'NOK') → '1234.56'. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency)
  const negative = minor < 0
  const abs = BigInt(Math.abs(minor))
    .toString()
    .padStart(digits + 1, '0')
  const whole = abs.slice(0, abs.length - digits)
  return (negative ? '-' : '') + whole + (digits > 0 ? '.' + abs.slice(abs.length - digits) : '')
}

export function formatMinor(minor: number, currency: string, locale: AppLocale): string {
  return formatMoney(minorToDecimal(minor, currency), currency, locale)
}

export function formatNumber(value: number, locale: AppLocale): string {
  return cached(`number:${locale}`, () => Intl.NumberFormat(locale)).format(value)
}

/** A share (0.118 → "11.8%") or, signed, a change ("+11.8%"; zero stays unsigned), locale-formatted. */
export function formatPercent(value: number, locale: AppLocale, signed = false): string {
  return cached(`percent:${locale}:${signed}`, () =>
    Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' })
  ).format(value)
}

/** A ratio such as "11.8×" with one decimal, locale-formatted. */
export function formatMultiple(value: number | null, locale: AppLocale): string {
  if (value === null) return '–'
  return (
    cached(`multiple:${locale}`, () => Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(
      value
    ) + '×'
  )
}

/**
 * a / b for two non-negative decimal strings, rounded half up to one decimal, computed on integers.
 * Null when b is zero (no baseline to compare with).
 */
export function decimalRatio(a: string, b: string): number | null {
  const [ai, bi] = alignDecimals(a, b)
  if (bi === 0n) return null
  const tenths = (ai * 20n + bi) / (2n * bi)
  return Number(tenths) / 10
}

function alignDecimals(a: string, b: string): [bigint, bigint] {
  const fa = a.split('.')[1]?.length ?? 0
  const fb = b.split('.')[1]?.length ?? 0
  const digits = Math.max(fa, fb)
  const scale = (s: string, f: number) => BigInt(s.replace('.', '') + '0'.repeat(digits - f))
  return [scale(a, fa), scale(b, fb)]
}

/** A calendar day 'YYYY-MM-DD' as the locale writes it (no time-zone shift: the day is already local). */
export function formatDay(day: string, locale: AppLocale): string {
  const [y, m, d] = day.split('-').map(Number)
  return cached(`day:${locale}`, () => Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(
    new Date(Date.UTC(y, m - 1, d))
  )
}

/** A period key 'YYYY-MM' as a short month label: 'Apr 2018' / 'apr. 2018'. */
export function formatMonth(period: string, locale: AppLocale): string {
  const [y, m] = period.split('-').map(Number)
  return cached(`month:${locale}`, () =>
    // Finnish short month names standing alone are seasons ("kesä 2018" reads "summer 2018").
    Intl.DateTimeFormat(locale, { month: locale === 'fi' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' })
  ).format(new Date(Date.UTC(y, m - 1, 1)))
}

/** An instant (UTC epoch ms) in the merchant's country's time zone. */
export function formatDateTime(epochMs: number, locale: AppLocale, country?: string): string {
  const timeZone = (country && TIME_ZONES[country]) || undefined
  return cached(`datetime:${locale}:${timeZone ?? 'local'}`, () =>
    Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
  ).format(new Date(epochMs))
}

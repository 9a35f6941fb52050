import type { ReportLocale } from './params'

/** The app's own conventions (renderer/src/format.ts): `NOK 4,000.00` in English (ISO codes, since "kr"
 * alone is ambiguous across NOK, DKK and SEK), `4 000,00 kr` in bokmål, `4.000,00 kr.` in Danish.
 * The locale code is the Intl tag (see core/locales.ts). */

export interface Formatter {
  money(decimal: string | number, currency: string): string
  count(n: number): string
  percent(decimal: string | null, signed?: boolean): string
  ratio(decimal: string | null): string
  day(day: string): string
  /** Day and month only, for chart axes ("Jun 5" / "5. juni"). */
  shortDay(day: string): string
  month(month: string): string
  timestamp(iso: string): string
}

/** Finnish short month names standing alone are seasons ("kesä 2018" reads "summer 2018"): spell them out. */
export function monthStyle(locale: ReportLocale): 'short' | 'long' {
  return locale === 'fi' ? 'long' : 'short'
}

export function formatter(locale: ReportLocale): Formatter {
  const tag = locale
  const number = new Intl.NumberFormat(tag)
  const currencies = new Map<string, Intl.NumberFormat>()
  const pct = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const signedPct = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero'
  })
  const ratio = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const day = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
  const shortDay = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' })
  const month = new Intl.DateTimeFormat(tag, { year: 'numeric', month: monthStyle(locale), timeZone: 'UTC' })
  const stamp = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  return {
    money(value, currency) {
      let f = currencies.get(currency)
      if (!f)
        currencies.set(
          currency,
          (f = new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: locale === 'en' ? 'code' : 'symbol' }))
        )
      // Intl takes the decimal string as is (no float rounding) when given a string.
      return f.format(value as unknown as number)
    },
    count: (n) => number.format(n),
    percent: (d, signed) => (d === null ? '–' : (signed ? signedPct : pct).format(Number(d) / 100)),
    ratio: (d) => (d === null ? '–' : `${ratio.format(Number(d))}×`),
    day: (d) => day.format(new Date(d + 'T00:00:00Z')),
    shortDay: (d) => shortDay.format(new Date(d + 'T00:00:00Z')),
    month: (m) => month.format(new Date(m + '-01T00:00:00Z')),
    timestamp: (iso) => `${stamp.format(new Date(iso))} UTC`
  }
}

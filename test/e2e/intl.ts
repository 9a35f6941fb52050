// An independent oracle for what the renderer should show: plain Intl with the documented options
// (English shows ISO codes, Norwegian the local symbol), not the renderer's own format.ts.
export type Locale = 'en' | 'nb'

export function money(decimal: string, currency: string, locale: Locale): string {
  const f = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: locale === 'en' ? 'code' : 'symbol' })
  return f.format(decimal as unknown as number)
}

/** Minor units (all supported currencies have two decimals) as the page shows them. */
export function minor(amount: number, currency: string, locale: Locale): string {
  const sign = amount < 0 ? '-' : ''
  const abs = Math.abs(amount)
  return money(`${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`, currency, locale)
}

export function count(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n)
}

/** "11.8×": a / b to one decimal; '–' when there is no baseline. */
export function multiple(a: string, b: string, locale: Locale): string {
  if (Number(b) === 0) return '–'
  const ratio = Math.round((Number(a) / Number(b)) * 10) / 10
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio) + '×'
}

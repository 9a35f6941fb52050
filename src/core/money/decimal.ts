import { minorDigits } from './currency'

/** Minor units to a plain decimal string with the currency's digits: 123456 NOK → "1234.56". */
export function toDecimal(minor: number | bigint, currency: string): string {
  const digits = minorDigits(currency)
  const value = BigInt(minor)
  const negative = value < 0n
  const abs = (negative ? -value : value).toString().padStart(digits + 1, '0')
  const whole = abs.slice(0, abs.length - digits)
  const fraction = digits > 0 ? '.' + abs.slice(abs.length - digits) : ''
  return (negative ? '-' : '') + whole + fraction
}

/** A plain decimal string ("-1234.5", "12") to minor units; more digits than the currency has is an error. */
export function fromDecimal(text: string, currency: string): number {
  const digits = minorDigits(currency)
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim())
  if (!match) throw new Error(`"${text}" is not a decimal number`)
  const [, sign, whole, fraction = ''] = match
  if (fraction.length > digits) throw new Error(`"${text}" has more than ${digits} decimals for ${currency}`)
  const minor = Number(whole + fraction.padEnd(digits, '0'))
  if (!Number.isSafeInteger(minor)) throw new Error(`"${text}" is too large`)
  return sign ? -minor : minor
}

/** Integer division rounded half away from zero, for averages of minor units. */
export function divRound(numerator: number, denominator: number): number {
  if (denominator === 0) return 0
  const q = Math.trunc(numerator / denominator)
  const r = numerator - q * denominator
  return 2 * Math.abs(r) >= Math.abs(denominator) ? q + Math.sign(numerator) * Math.sign(denominator) : q
}

import { minorDigits } from './currency'

/** Minor units to a plain decimal string with the currency's digits: 123456 NOK → "1234.56". */
export function toDecimal(minor: number | bigint, currency: string): string {
  const digits = minorDigits(currency)
  // Below 2^53 a number prints the same digits as its BigInt, without allocating one.
  const value = typeof minor === 'number' && Number.isSafeInteger(minor) ? minor : BigInt(minor)
  const negative = value < 0
  const abs = String(negative ? -value : value).padStart(digits + 1, '0')
  const whole = abs.slice(0, abs.length - digits)
  const fraction = digits > 0 ? '.' + abs.slice(abs.length - digits) : ''
  return (negative ? '-' : '') + whole + fraction
}

/** A plain decimal string ("-1234.5", "12") to minor units; more digits than the currency has is an error. */
export function fromDecimal(text: string, currency: string): number {
  const digits = minorDigits(currency)
  const fast = plainMinor(text, digits)
  if (fast !== undefined) return fast
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim())
  if (!match) throw new Error(`"${text}" is not a decimal number`)
  const [, sign, whole, fraction = ''] = match
  if (fraction.length > digits) throw new Error(`"${text}" has more than ${digits} decimals for ${currency}`)
  const minor = Number(whole + fraction.padEnd(digits, '0'))
  if (!Number.isSafeInteger(minor)) throw new Error(`"${text}" is too large`)
  return sign ? -minor : minor
}

/**
 * fromDecimal's answer for text already in plain form ("-1234.5"), by integer arithmetic (exact below
 * 2^53); undefined for anything else (spaces, too many decimals, too large), which the regex path reports.
 */
function plainMinor(text: string, digits: number): number | undefined {
  const len = text.length
  const negative = len > 0 && text.charCodeAt(0) === 45
  let i = negative ? 1 : 0
  if (i >= len || len > 20 + i) return undefined
  let value = 0
  let decimals = -1
  for (; i < len; i++) {
    const c = text.charCodeAt(i)
    if (c === 46 && decimals === -1) {
      decimals = 0
      continue
    }
    if (c < 48 || c > 57) return undefined
    value = value * 10 + (c - 48)
    if (decimals !== -1) decimals++
  }
  if (decimals === 0 || decimals > digits) return undefined
  if (text.charCodeAt(negative ? 1 : 0) === 46) return undefined
  for (let k = decimals === -1 ? 0 : decimals; k < digits; k++) value *= 10
  if (!Number.isSafeInteger(value)) return undefined
  return negative ? -value : value
}

/** Integer division rounded half away from zero, for averages of minor units. */
export function divRound(numerator: number, denominator: number): number {
  if (denominator === 0) return 0
  const q = Math.trunc(numerator / denominator)
  const r = numerator - q * denominator
  return 2 * Math.abs(r) >= Math.abs(denominator) ? q + Math.sign(numerator) * Math.sign(denominator) : q
}

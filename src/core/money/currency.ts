export const CURRENCIES = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'CNY'] as const
export type Currency = (typeof CURRENCIES)[number]

const MINOR_DIGITS: Record<string, number> = { NOK: 2, DKK: 2, SEK: 2, EUR: 2, USD: 2, CNY: 2 }

export function isCurrency(code: string): code is Currency {
  return (CURRENCIES as readonly string[]).includes(code)
}

/** ISO 4217 minor digits; unknown codes are refused rather than guessed. */
export function minorDigits(code: string): number {
  const digits = MINOR_DIGITS[code]
  if (digits === undefined) throw new Error(`unsupported currency "${code}"`)
  return digits
}

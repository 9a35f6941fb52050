export const CURRENCIES = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'CNY'] as const
export type Currency = (typeof CURRENCIES)[number]

/**
 * A Map, not an object read by the code as a property name: optimised code that had read the property for some codes
 * was thrown away at the first answer in another currency (every function that inlined toDecimal), and an object
 * answers for names such as "constructor" too.
 */
const MINOR_DIGITS = new Map<string, number>([
  ['NOK', 2],
  ['DKK', 2],
  ['SEK', 2],
  ['EUR', 2],
  ['USD', 2],
  ['CNY', 2]
])

export function isCurrency(code: string): code is Currency {
  return (CURRENCIES as readonly string[]).includes(code)
}

/** ISO 4217 minor digits; unknown codes are refused rather than guessed. */
export function minorDigits(code: string): number {
  const digits = MINOR_DIGITS.get(code)
  if (digits === undefined) throw new Error(`unsupported currency "${code}"`)
  return digits
}

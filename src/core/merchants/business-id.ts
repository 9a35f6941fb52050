import type { CountryCode } from '../time/zones'

export const BUSINESS_ID_NAMES: Record<CountryCode, string> = {
  DK: 'CVR number',
  NO: 'organisasjonsnummer',
  SE: 'organisationsnummer',
  FI: 'Y-tunnus'
}

/** Used in reasons so a person reading a reject list knows which register is meant. */
export const COUNTRY_ADJECTIVES: Record<CountryCode, string> = { DK: 'Danish', NO: 'Norwegian', SE: 'Swedish', FI: 'Finnish' }

const LENGTHS: Record<CountryCode, number> = { DK: 8, NO: 9, SE: 10, FI: 8 }

const article = (word: string) => (/^[aeiouy]/i.test(word) ? 'an ' : 'a ') + word

const weightedSum = (digits: number[], weights: number[]) => weights.reduce((sum, w, i) => sum + w * digits[i], 0)

function luhnValid(digits: number[]): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits[digits.length - 1 - i]
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

const CHECKS: Record<CountryCode, (digits: number[]) => boolean> = {
  DK: (d) => d[0] !== 0 && weightedSum(d, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  NO: (d) => weightedSum(d, [3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  SE: (d) => luhnValid(d),
  // Y-tunnus: a remainder of 1 has no valid check digit, so Σ ≡ 0 (mod 11) covers it.
  FI: (d) => weightedSum(d, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0
}

export type BusinessIdResult = { ok: true; digits: string; canonical: string } | { ok: false; reason: string }

/** Strips what people type around an id: spaces (incl. NBSP), '-', '.', and a DK/FI/NO/SE prefix. */
export function normaliseBusinessId(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/^(DK|FI|NO|SE)/, '')
    .replace(/[\s\u00a0\u202f.\-–]/g, '')
    .replace(/MVA$/, '')
}

export function canonicalBusinessId(country: CountryCode, digits: string): string {
  switch (country) {
    case 'NO':
      return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    case 'SE':
      return `${digits.slice(0, 6)}-${digits.slice(6)}`
    case 'FI':
      return `${digits.slice(0, 7)}-${digits.slice(7)}`
    default:
      return digits
  }
}

export function validateBusinessId(country: CountryCode, input: string): BusinessIdResult {
  const name = BUSINESS_ID_NAMES[country]
  if (input.trim() === '') return { ok: false, reason: `the ${name} is missing` }
  let digits = normaliseBusinessId(input)
  // A Y-tunnus typed with six digits before the dash is written with a leading zero.
  if (country === 'FI' && /^\d{7}$/.test(digits) && /^\d{6}-\d$/.test(input.trim())) digits = '0' + digits
  if (!/^\d+$/.test(digits)) return { ok: false, reason: `${input.trim()} is not ${article(name)}: only digits expected` }
  if (digits.length !== LENGTHS[country]) {
    return {
      ok: false,
      reason: `${input.trim()} is not ${article(name)}: ${LENGTHS[country]} digits expected, got ${digits.length}`
    }
  }
  if (!CHECKS[country]([...digits].map(Number))) {
    return { ok: false, reason: `${input.trim()} fails the ${COUNTRY_ADJECTIVES[country]} ${name} check digit` }
  }
  return { ok: true, digits, canonical: canonicalBusinessId(country, digits) }
}

/** Completes a body of digits with the check digit, or returns null when none exists. Used by the demo. */
export function withCheckDigit(country: CountryCode, body: string): string | null {
  for (let d = 0; d <= 9; d++) {
    const candidate = body + d
    if (CHECKS[country]([...candidate].map(Number))) return candidate
  }
  return null
}

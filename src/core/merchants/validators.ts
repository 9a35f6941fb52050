import type { CountryCode } from '../time/zones'
import { COUNTRY_ADJECTIVES } from './business-id'

export type Checked = { ok: true; value: string } | { ok: false; reason: string }

const ok = (value: string): Checked => ({ ok: true, value })
const fail = (reason: string): Checked => ({ ok: false, reason })

const POSTAL: Record<CountryCode, { pattern: RegExp; prefix: RegExp; digits: number }> = {
  DK: { pattern: /^[1-9]\d{3}$/, prefix: /^DK-?/, digits: 4 },
  NO: { pattern: /^\d{4}$/, prefix: /^(NO|N)-?/, digits: 4 },
  SE: { pattern: /^[1-9]\d{4}$/, prefix: /^(SE|S)-?/, digits: 5 },
  FI: { pattern: /^\d{5}$/, prefix: /^(FI|SF)-?/, digits: 5 }
}

/** Postal codes as typed ("S-123 45", "0150") to the country's form: Sweden `123 45`, others plain digits. */
export function validatePostalCode(country: CountryCode, input: string): Checked {
  const rule = POSTAL[country]
  const digits = input
    .trim()
    .toUpperCase()
    .replace(rule.prefix, '')
    .replace(/[\s\u00a0]/g, '')
  if (!rule.pattern.test(digits)) {
    return fail(`${input.trim()} is not a ${COUNTRY_ADJECTIVES[country]} postal code: ${rule.digits} digits expected`)
  }
  return ok(country === 'SE' ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits)
}

export const IBAN_LENGTHS: Record<CountryCode, number> = { DK: 18, NO: 15, SE: 24, FI: 18 }

function mod97(text: string): number {
  // Letters count as 10..35; the remainder is built piecewise to stay inside a double.
  let rest = 0
  for (const ch of text) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) rest = (rest * 10 + Number(d)) % 97
  }
  return rest
}

/** IBAN for a payout account in the merchant's own country; shown in groups of four. */
export function validateIban(country: CountryCode, input: string): Checked {
  const iban = input.toUpperCase().replace(/[\s\u00a0-]/g, '')
  const shown = input.trim()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban))
    return fail(`${shown} is not an IBAN: it starts with a country code and two check digits`)
  if (iban.slice(0, 2) !== country) {
    return fail(
      `${shown} is a ${iban.slice(0, 2)} account; payouts for a ${COUNTRY_ADJECTIVES[country]} merchant need a ${country} IBAN`
    )
  }
  if (iban.length !== IBAN_LENGTHS[country]) {
    return fail(
      `${shown} is not a ${COUNTRY_ADJECTIVES[country]} IBAN: ${IBAN_LENGTHS[country]} characters expected, got ${iban.length}`
    )
  }
  if (!/^\d+$/.test(iban.slice(4)))
    return fail(`${shown} is not a ${COUNTRY_ADJECTIVES[country]} IBAN: only digits after the country code`)
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return fail(`${shown} fails the IBAN check digits (mod 97)`)
  return ok(iban.replace(/(.{4})(?=.)/g, '$1 '))
}

const CALLING_CODES: Record<string, CountryCode> = { '45': 'DK', '47': 'NO', '46': 'SE', '358': 'FI' }
const CALLING_BY_COUNTRY: Record<CountryCode, string> = { DK: '45', NO: '47', SE: '46', FI: '358' }

/** National significant number lengths (after dropping a trunk 0 in Sweden and Finland). */
const NATIONAL_LENGTH: Record<CountryCode, [number, number]> = { DK: [8, 8], NO: [8, 8], SE: [7, 9], FI: [5, 10] }

/**
 * Phone numbers to E.164. A number without a country code is read as the merchant's country;
 * only the four Nordic calling codes are accepted.
 */
export function validatePhone(country: CountryCode, input: string): Checked {
  const shown = input.trim()
  let text = shown.replace(/[\s\u00a0().\-/]/g, '')
  if (text.startsWith('00')) text = '+' + text.slice(2)
  if (!/^\+?\d+$/.test(text)) return fail(`${shown} is not a phone number: only digits, spaces and a leading + expected`)
  let target = country
  let national = text
  if (text.startsWith('+')) {
    const code = ['358', '45', '46', '47'].find((c) => text.startsWith('+' + c))
    if (!code) return fail(`${shown} is not a Danish, Norwegian, Swedish or Finnish number (+45, +47, +46, +358)`)
    target = CALLING_CODES[code]
    national = text.slice(1 + code.length)
  }
  if ((target === 'SE' || target === 'FI') && national.startsWith('0')) national = national.slice(1)
  const [min, max] = NATIONAL_LENGTH[target]
  if (national.length < min || national.length > max || national.startsWith('0')) {
    const expected = min === max ? `${min}` : `${min} to ${max}`
    return fail(
      `${shown} is not a ${COUNTRY_ADJECTIVES[target]} phone number: ${expected} digits expected after +${CALLING_BY_COUNTRY[target]}`
    )
  }
  return ok(`+${CALLING_BY_COUNTRY[target]}${national}`)
}

export function validateEmail(input: string): Checked {
  const email = input.trim()
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) return fail(`${email} is not an e-mail address (name@example.com)`)
  return ok(email)
}

/** Merchant category code: four digits. */
export function validateMcc(input: string): Checked {
  const mcc = input.trim()
  if (!/^\d{4}$/.test(mcc)) return fail(`${mcc} is not a merchant category code: 4 digits expected`)
  return ok(mcc)
}

/** The name Chinese visitors see in the Alipay app: it must contain Chinese characters. */
export function validateChineseName(input: string): Checked {
  const name = input.trim()
  if (!/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(name))
    return fail(`${name} has no Chinese characters; the Alipay listing shows this name to Chinese visitors`)
  return ok(name)
}

/** Alipay partner ids (PID) are 16 digits starting with 2088. */
export function validatePartnerId(input: string): Checked {
  const pid = input.trim().replace(/\s/g, '')
  if (!/^2088\d{12}$/.test(pid)) return fail(`${input.trim()} is not an Alipay partner id: 16 digits starting with 2088 expected`)
  return ok(pid)
}

import { describe, expect, it } from 'vitest'
import { validateBusinessId } from '../../../src/core/merchants/business-id'
import {
  validateChineseName,
  validateEmail,
  validateIban,
  validatePhone,
  validatePostalCode
} from '../../../src/core/merchants/validators'

describe('business ids against the public examples', () => {
  it.each([
    ['NO', '988077917', '988 077 917'],
    ['NO', '988 077 917 MVA', '988 077 917'],
    ['NO', 'NO 988-077-917', '988 077 917'],
    ['DK', '13585628', '13585628'],
    ['DK', 'DK13585628', '13585628'],
    ['DK', 'DK 13 58 56 28', '13585628'],
    ['SE', '5560581158', '556058-1158'],
    ['SE', '556058-1158', '556058-1158'],
    ['FI', '2077474-0', '2077474-0'],
    ['FI', 'FI20774740', '2077474-0'],
    ['FI', '20774740', '2077474-0']
  ] as const)('%s %s is valid and shown as %s', (country, input, canonical) => {
    expect(validateBusinessId(country, input)).toMatchObject({ ok: true, canonical })
  })

  it.each([
    ['NO', '988077918', '988077918 fails the Norwegian organisasjonsnummer check digit'],
    ['DK', '13585627', '13585627 fails the Danish CVR number check digit'],
    ['SE', '1234567891', '1234567891 fails the Swedish organisationsnummer check digit'],
    ['FI', '2077474-1', '2077474-1 fails the Finnish Y-tunnus check digit'],
    ['NO', '98807791', '98807791 is not an organisasjonsnummer: 9 digits expected, got 8'],
    ['DK', '1358562A', '1358562A is not a CVR number: only digits expected'],
    ['SE', '', 'the organisationsnummer is missing']
  ] as const)('%s %s is refused: %s', (country, input, reason) => {
    expect(validateBusinessId(country, input)).toEqual({ ok: false, reason })
  })

  it('a valid id of one country is checked by the rule of the merchant country', () => {
    expect(validateBusinessId('DK', '988077917').ok).toBe(false)
  })
})

describe('postal codes', () => {
  it('accepts each country format and shows Swedish codes as 123 45', () => {
    expect(validatePostalCode('DK', '2100')).toEqual({ ok: true, value: '2100' })
    expect(validatePostalCode('DK', 'DK-2100')).toEqual({ ok: true, value: '2100' })
    expect(validatePostalCode('NO', '0150')).toEqual({ ok: true, value: '0150' })
    expect(validatePostalCode('SE', '11122')).toEqual({ ok: true, value: '111 22' })
    expect(validatePostalCode('SE', 'S-111 22')).toEqual({ ok: true, value: '111 22' })
    expect(validatePostalCode('FI', '00100')).toEqual({ ok: true, value: '00100' })
  })
  it('refuses wrong lengths with the expected digit count', () => {
    expect(validatePostalCode('NO', '150')).toEqual({
      ok: false,
      reason: '150 is not a Norwegian postal code: 4 digits expected'
    })
    expect(validatePostalCode('SE', '1112')).toEqual({
      ok: false,
      reason: '1112 is not a Swedish postal code: 5 digits expected'
    })
    expect(validatePostalCode('DK', '0100').ok).toBe(false)
    expect(validatePostalCode('FI', '0010A').ok).toBe(false)
  })
})

describe('IBAN', () => {
  it.each([
    ['NO', 'NO93 8601 1117 947', 'NO93 8601 1117 947'],
    ['DK', 'DK5000400440116243', 'DK50 0040 0440 1162 43'],
    ['SE', 'se45 5000 0000 0583 9825 7466', 'SE45 5000 0000 0583 9825 7466'],
    ['FI', 'FI21 1234 5600 0007 85', 'FI21 1234 5600 0007 85']
  ] as const)('%s %s is valid', (country, input, shown) => {
    expect(validateIban(country, input)).toEqual({ ok: true, value: shown })
  })
  it('refuses a wrong check, a foreign account and a wrong length', () => {
    expect(validateIban('NO', 'NO9386011117948')).toEqual({
      ok: false,
      reason: 'NO9386011117948 fails the IBAN check digits (mod 97)'
    })
    expect(validateIban('NO', 'DK5000400440116243')).toEqual({
      ok: false,
      reason: 'DK5000400440116243 is a DK account; payouts for a Norwegian merchant need a NO IBAN'
    })
    expect(validateIban('NO', 'NO938601111794')).toEqual({
      ok: false,
      reason: 'NO938601111794 is not a Norwegian IBAN: 15 characters expected, got 14'
    })
    expect(validateIban('SE', '12345').ok).toBe(false)
  })
})

describe('phone numbers to E.164', () => {
  it.each([
    ['NO', '22 33 44 55', '+4722334455'],
    ['NO', '+47 22 33 44 55', '+4722334455'],
    ['NO', '0047 22334455', '+4722334455'],
    ['DK', '33 12 34 56', '+4533123456'],
    ['SE', '08-123 456 78', '+46812345678'],
    ['SE', '+46 (0)8 123 456 78', '+46812345678'],
    ['FI', '040 123 4567', '+358401234567'],
    ['NO', '+358 40 123 4567', '+358401234567']
  ] as const)('%s %s → %s', (country, input, e164) => {
    expect(validatePhone(country, input)).toEqual({ ok: true, value: e164 })
  })
  it('refuses other countries and wrong lengths', () => {
    expect(validatePhone('NO', '+44 20 7946 0958')).toEqual({
      ok: false,
      reason: '+44 20 7946 0958 is not a Danish, Norwegian, Swedish or Finnish number (+45, +47, +46, +358)'
    })
    expect(validatePhone('NO', '223344')).toEqual({
      ok: false,
      reason: '223344 is not a Norwegian phone number: 8 digits expected after +47'
    })
    expect(validatePhone('DK', 'call me').ok).toBe(false)
  })
})

describe('e-mail', () => {
  it('accepts an address and refuses text without a domain', () => {
    expect(validateEmail(' ola@butikk.no ')).toEqual({ ok: true, value: 'ola@butikk.no' })
    expect(validateEmail('ola@butikk')).toEqual({ ok: false, reason: 'ola@butikk is not an e-mail address (name@example.com)' })
    expect(validateEmail('ola butikk.no').ok).toBe(false)
  })
})

describe('Chinese display name', () => {
  it('needs Chinese characters', () => {
    expect(validateChineseName(' 北极光纪念品 ')).toEqual({ ok: true, value: '北极光纪念品' })
    expect(validateChineseName('Nordlys 礼品店')).toEqual({ ok: true, value: 'Nordlys 礼品店' })
    expect(validateChineseName('Nordlys')).toEqual({
      ok: false,
      reason: 'Nordlys has no Chinese characters; the Alipay listing shows this name to Chinese visitors'
    })
  })
})

import { describe, expect, it } from 'vitest'
import {
  decimalRatio,
  formatDateTime,
  formatDay,
  formatMinor,
  formatMoney,
  formatMonth,
  formatMultiple,
  formatNumber,
  formatPercent,
  minorToDecimal
} from '../../../src/renderer/src/format'

const NBSP = '\u00a0'

describe('renderer formatting', () => {
  it('formats money as each language writes it', () => {
    expect(formatMoney('4000.00', 'NOK', 'en')).toBe(`NOK${NBSP}4,000.00`)
    expect(formatMoney('4000.00', 'NOK', 'nb')).toBe(`4${NBSP}000,00${NBSP}kr`)
    expect(formatMoney('338.00', 'DKK', 'en')).toBe(`DKK${NBSP}338.00`)
    expect(formatMoney('-12.50', 'EUR', 'nb')).toBe(`−12,50${NBSP}€`)
  })

  it('never passes amounts through a float', () => {
    // 9 007 199 254 740 993 minor units is 2^53 + 1: a double would print ...992 or ...994.
    expect(formatMoney('90071992547409.93', 'NOK', 'en')).toBe(`NOK${NBSP}90,071,992,547,409.93`)
    expect(formatMinor(123456, 'SEK', 'en')).toBe(`SEK${NBSP}1,234.56`)
  })

  it('turns minor units into exact decimal strings', () => {
    expect(minorToDecimal(123456, 'NOK')).toBe('1234.56')
    expect(minorToDecimal(5, 'NOK')).toBe('0.05')
    expect(minorToDecimal(-5, 'NOK')).toBe('-0.05')
    expect(minorToDecimal(0, 'EUR')).toBe('0.00')
  })

  it('computes the average-ticket multiple on integers, rounded half up to one decimal', () => {
    expect(decimalRatio('4000.00', '338.00')).toBe(11.8) // 11.834…
    expect(decimalRatio('1.25', '1.00')).toBe(1.3) // exactly 1.25 rounds up
    expect(decimalRatio('1.24', '1.00')).toBe(1.2)
    expect(decimalRatio('3', '1.5')).toBe(2)
    expect(decimalRatio('10.00', '0.00')).toBeNull()
    expect(formatMultiple(11.8, 'nb')).toBe('11,8×')
    expect(formatMultiple(null, 'en')).toBe('–')
  })

  it('formats shares and signed changes as percentages', () => {
    expect(formatPercent(0.1184, 'en')).toBe('11.8%')
    expect(formatPercent(0.1184, 'en', true)).toBe('+11.8%')
    expect(formatPercent(-0.05, 'en', true)).toBe('-5%')
    expect(formatPercent(0, 'en', true)).toBe('0%')
    expect(formatPercent(0.1184, 'nb', true)).toBe(`+11,8${NBSP}%`)
    // The signed and unsigned formatters are kept apart: a share after a change still has no sign.
    expect(formatPercent(0.1184, 'en')).toBe('11.8%')
  })

  it('formats counts, days and months for the locale', () => {
    expect(formatNumber(4657, 'en')).toBe('4,657')
    expect(formatNumber(4657, 'nb')).toBe(`4${NBSP}657`)
    expect(formatDay('2018-03-26', 'en')).toBe('Mar 26, 2018')
    expect(formatDay('2018-03-26', 'nb')).toBe('26. mars 2018')
    expect(formatMonth('2018-04', 'en')).toBe('Apr 2018')
    expect(formatMonth('2018-04', 'nb')).toBe('apr. 2018')
  })

  it('shows an instant in the merchant’s own time zone', () => {
    const t = Date.UTC(2018, 5, 30, 22, 30) // 30 June 22:30 UTC = 1 July 00:30 in Oslo (CEST)
    expect(formatDateTime(t, 'en', 'NO')).toBe('Jul 1, 2018, 12:30 AM')
    expect(formatDateTime(t, 'nb', 'FI')).toBe('1. juli 2018, 01:30')
  })
})

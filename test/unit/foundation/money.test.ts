import { describe, expect, it } from 'vitest'
import { divRound, fromDecimal, toDecimal } from '../../../src/core/money/decimal'

describe('money in minor units', () => {
  it('prints minor units with the currency digits', () => {
    expect(toDecimal(123456, 'NOK')).toBe('1234.56')
    expect(toDecimal(5, 'EUR')).toBe('0.05')
    expect(toDecimal(-199, 'SEK')).toBe('-1.99')
    expect(toDecimal(0, 'CNY')).toBe('0.00')
    expect(toDecimal(900719925474099n * 10n, 'NOK')).toBe('90071992547409.90')
  })

  it('reads decimal strings without float error', () => {
    expect(fromDecimal('4000.10', 'NOK')).toBe(400010)
    expect(fromDecimal('0.1', 'DKK')).toBe(10)
    expect(fromDecimal('-338', 'NOK')).toBe(-33800)
    expect(() => fromDecimal('1.234', 'NOK')).toThrow(/more than 2 decimals/)
    expect(() => fromDecimal('12,50', 'NOK')).toThrow(/not a decimal/)
    expect(() => fromDecimal('1', 'XXX')).toThrow(/unsupported currency/)
  })

  it('rounds averages half away from zero', () => {
    expect(divRound(10, 4)).toBe(3) // 2.5
    expect(divRound(-10, 4)).toBe(-3)
    expect(divRound(10, 3)).toBe(3)
    expect(divRound(11, 3)).toBe(4)
    expect(divRound(5, 0)).toBe(0)
  })
})

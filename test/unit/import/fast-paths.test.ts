import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromDecimal } from '../../../src/core/money/decimal'
import { parseDecimal } from '../../../src/core/import/text/numbers'
import { whenOf } from '../../../src/core/import/formats/common'
import { Memo } from '../../../src/core/import/text/memo'
import { pieceDecoderFor } from '../../../src/core/import/text/encoding'
import { COUNTRIES, localHour, localToUtc, steadyOffsetMs, utcOffsetMs, type CountryCode } from '../../../src/core/time/zones'

const HOUR = 3_600_000

describe('steady day offset', () => {
  it('is undefined exactly on the clock-change days, and otherwise gives what localToUtc gives', () => {
    for (const country of COUNTRIES) {
      const switchDays: string[] = []
      for (let day = Date.UTC(2018, 0, 1); day < Date.UTC(2020, 0, 1); day += 24 * HOUR) {
        const offset = steadyOffsetMs(country, day)
        const d = new Date(day)
        if (offset === undefined) {
          switchDays.push(d.toISOString().slice(0, 10))
          continue
        }
        for (let minute = 0; minute < 24 * 60; minute += 37) {
          const [h, mi] = [Math.floor(minute / 60), minute % 60]
          const wall = localToUtc(country, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), h, mi, 7)
          expect(wall).toBe(day + minute * 60_000 + 7000 - offset)
        }
      }
      expect(switchDays).toEqual(['2018-03-25', '2018-10-28', '2019-03-31', '2019-10-27'])
    }
  })

  it('agrees with localToUtc for any wall time in any year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRIES),
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        (country, date) => {
          const dayStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
          const offset = steadyOffsetMs(country, dayStart)
          if (offset === undefined) return
          const [y, m, d, h, mi, s] = [
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
            date.getUTCHours(),
            date.getUTCMinutes(),
            date.getUTCSeconds()
          ]
          expect(localToUtc(country, y, m, d, h, mi, s)).toBe(Date.UTC(y, m - 1, d, h, mi, s) - offset)
        }
      ),
      { numRuns: 2000, seed: 7 }
    )
  })
})

// A leading space sends a cell down the general path, which trims it first: both paths must agree.
const numberText = fc.string({ unit: fc.constantFrom('0', '1', '5', '9', ',', '.', '-'), maxLength: 12 })

describe('plain amount fast paths', () => {
  it('parseDecimal reads plain cells as the general path does', () => {
    fc.assert(
      fc.property(numberText, fc.constantFrom('comma' as const, 'point' as const), (text, style) => {
        expect(parseDecimal(text, style)).toBe(parseDecimal(` ${text}`, style))
      }),
      { numRuns: 3000, seed: 11 }
    )
    expect(parseDecimal('-007,50', 'comma')).toBe('-7.50')
    expect(parseDecimal('-0,00', 'comma')).toBe('0.00')
    expect(parseDecimal(',5', 'comma')).toBe('0.5')
    expect(parseDecimal('12,', 'comma')).toBeNull()
  })

  it('fromDecimal turns plain decimals into the same minor units or the same refusal', () => {
    const outcome = (text: string, currency: string) => {
      try {
        return fromDecimal(text, currency)
      } catch {
        return 'refused'
      }
    }
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '7', '9'), minLength: 1, maxLength: 19 })
    const decimal = fc
      .tuple(fc.boolean(), digits, fc.option(fc.string({ unit: fc.constantFrom('0', '3', '9', '.'), maxLength: 4 })))
      .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`)
    fc.assert(
      fc.property(fc.oneof(decimal, numberText), fc.constantFrom('NOK', 'EUR'), (text, currency) => {
        expect(outcome(text, currency)).toBe(outcome(` ${text}`, currency))
      }),
      { numRuns: 3000, seed: 12 }
    )
    expect(fromDecimal('-1234.5', 'NOK')).toBe(-123450)
    expect(fromDecimal('9007199254740.99', 'NOK')).toBe(900719925474099)
  })
})

describe('UTF-8 piece decoder', () => {
  it('gives the text TextDecoder gives, however the bytes are cut and however broken they are', () => {
    const byte = fc.oneof(
      fc.constantFrom(0x41, 0x3b, 0x0a, 0xc3, 0xa5, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbb, 0xbf, 0xed, 0xa0),
      fc.integer({ min: 0, max: 255 })
    )
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 6 }), (bytes, cuts) => {
        const all = Buffer.from(bytes)
        const at = [...new Set([0, ...cuts.map((c) => c % (all.length + 1)), all.length])].sort((a, b) => a - b)
        const decoder = pieceDecoderFor('utf-8')
        let text = ''
        for (let i = 1; i < at.length; i++) text += decoder.write(all.subarray(at[i - 1], at[i]))
        text += decoder.end()
        expect(text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(all))
      }),
      { numRuns: 5000, seed: 13 }
    )
  })

  it('Windows-1252 pieces read as streaming TextDecoder reads them, C1 bytes (€, smart quotes) included, the five undefined ones as U+FFFD', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x41, 0x80, 0x9f, 0xe6, 0xff))
    fc.assert(
      fc.property(fc.array(fc.array(byte, { maxLength: 12 }), { maxLength: 5 }), (pieces) => {
        const decoder = pieceDecoderFor('windows-1252')
        const reference = new TextDecoder('windows-1252', { ignoreBOM: true })
        let text = ''
        let expected = ''
        for (const piece of pieces) {
          text += decoder.write(Buffer.from(piece))
          expected += reference.decode(Buffer.from(piece), { stream: true })
        }
        // TextDecoder reads 0x81, 0x8D, 0x8F, 0x90 and 0x9D as C1 controls; the import marks them as undecodable.
        expect(text + decoder.end()).toBe((expected + reference.decode()).replace(/[\x81\x8d\x8f\x90\x9d]/g, '\ufffd'))
      }),
      { numRuns: 3000, seed: 14 }
    )
  })
})

describe('clock-time fast path', () => {
  it('reads "HH:MM:SS" cells as the general time parser does, bad ones included', () => {
    const two = (n: number) => String(n).padStart(2, '0')
    const clock = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9', ':', '.', ' '), minLength: 7, maxLength: 9 }),
      fc
        .tuple(fc.nat(29), fc.nat(69), fc.nat(69), fc.constantFrom(':', '.'))
        .map(([h, mi, s, sep]) => `${two(h)}:${two(mi)}${sep}${two(s)}`)
    )
    fc.assert(
      fc.property(clock, (time) => {
        // The leading space keeps the cell off the fast path; the general parser trims it.
        expect(whenOf('24.12.2019', time, 'dmy')).toEqual(whenOf('24.12.2019', ` ${time}`, 'dmy'))
      }),
      { numRuns: 3000, seed: 15 }
    )
    expect(whenOf('24.12.2019', '23:59:59', 'dmy')).toEqual({ y: 2019, m: 12, d: 24, h: 23, mi: 59, s: 59, ms: 0 })
    expect(whenOf('24.12.2019', '24:00:00', 'dmy')).toEqual({ reject: 'time "24:00:00" does not exist' })
  })
})

describe('memo by cell text', () => {
  it('computes each text once, remembers undefined answers too, and stays right after it fills up', () => {
    const seen: string[] = []
    const memo = new Memo((text: string) => {
      seen.push(text)
      return text === 'x' ? undefined : text.length
    }, 3)
    expect([memo.get('a'), memo.get('bb'), memo.get('a'), memo.get('x'), memo.get('x')]).toEqual([1, 2, 1, undefined, undefined])
    expect(seen).toEqual(['a', 'bb', 'x'])
    expect([memo.get('cccc'), memo.get('a'), memo.get('cccc')]).toEqual([4, 1, 4])
    expect(seen).toEqual(['a', 'bb', 'x', 'cccc', 'a'])
  })
})

describe('offset and local hour without Date objects', () => {
  // The Date-based definitions these replace.
  const lastSundayAt1Utc = (year: number, month: number) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0))
    return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
  }
  const standard: Record<CountryCode, number> = { DK: 1, NO: 1, SE: 1, FI: 2 }
  const offsetByDate = (t: number, country: CountryCode) => {
    const year = new Date(t).getUTCFullYear()
    const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9) ? 1 : 0
    return (standard[country] + summer) * HOUR
  }

  it('agree with the Date-based definitions for any instant, in any order', () => {
    const instant = fc.oneof(
      fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }),
      fc.integer({ min: 1_500_000_000_000, max: 1_600_000_000_000 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.constantFrom(
        0,
        -1,
        -0.5,
        0.5,
        Date.UTC(2019, 2, 31, 1) - 1,
        Date.UTC(2019, 2, 31, 1),
        Date.UTC(2020, 0, 1) - 0.5,
        8.64e15,
        NaN
      )
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.constantFrom(...COUNTRIES)), { maxLength: 20 }), (calls) => {
        for (const [t, country] of calls) {
          expect(utcOffsetMs(t, country)).toBe(offsetByDate(t, country))
          expect(localHour(t, country)).toBe(new Date(t + offsetByDate(t, country)).getUTCHours())
        }
      }),
      { numRuns: 2000, seed: 16 }
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COUNTRIES, localToUtc, steadyOffsetMs } from '../../../src/core/time/zones'

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

import { describe, expect, it } from 'vitest'
import { localDay, localHour, localToUtc, TIME_ZONES, COUNTRIES } from '../../../src/core/time/zones'

const formatters = new Map<string, Intl.DateTimeFormat>()
function intlParts(ms: number, zone: string) {
  if (!formatters.has(zone))
    formatters.set(
      zone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        hourCycle: 'h23'
      })
    )
  const parts = formatters.get(zone)!.formatToParts(new Date(ms))
  const get = (t: string) => parts.find((p) => p.type === t)!.value
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) }
}

describe('Nordic local time', () => {
  it('agrees with Intl for every hour across two years, DST switches included', () => {
    for (const country of COUNTRIES) {
      for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2020, 0, 1); t += 3_600_000 + 7 * 60_000) {
        const expected = intlParts(t, TIME_ZONES[country])
        expect([localDay(t, country), localHour(t, country)]).toEqual([expected.day, expected.hour])
      }
    }
  })

  it('turns a local wall time into the right instant', () => {
    expect(new Date(localToUtc('NO', 2018, 6, 15, 12, 0, 0)).toISOString()).toBe('2018-06-15T10:00:00.000Z')
    expect(new Date(localToUtc('FI', 2018, 1, 15, 12, 0, 0)).toISOString()).toBe('2018-01-15T10:00:00.000Z')
    expect(new Date(localToUtc('DK', 2018, 3, 25, 3, 30, 0)).toISOString()).toBe('2018-03-25T01:30:00.000Z')
  })
})

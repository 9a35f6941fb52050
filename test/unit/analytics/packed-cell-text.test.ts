// The stager writes packed cells as text it builds itself: it must be the integer's own decimal text, as SQLite's
// json_group_array writes it when a cube is rebuilt, so a kept-up cube and a rebuilt one hold the same cells.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cellText, cellValue } from '../../../src/core/rollup/packed-cells'

describe('cellText', () => {
  it('is the decimal text of the cell integer, at the 10^9 boundaries and for counts taken back', () => {
    for (const [key, combo, count] of [
      [-1, 0, 1],
      [-1, 0, -3],
      [-1, 6, -1],
      [0, 0, 0],
      [23, 6, 59],
      [424, 6, 2 ** 31 - 1],
      [-1, 0, 999_999_999],
      [-1, 0, 1_000_000_000]
    ])
      expect(cellText(key, combo, count)).toBe(String(cellValue(key, combo, count)))
  })

  it('agrees with String() for any bucket, combo and count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 500 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: -1000, max: 2 ** 31 - 1 }),
        (key, combo, count) => cellText(key, combo, count) === String(cellValue(key, combo, count))
      ),
      { numRuns: 5000 }
    )
  })
})

// Migration 16 packs the day × country ticket cube: a store's histograms read the same counts after it as before.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { COMBOS } from '../../../src/core/rollup/cubes'
import { cellValue } from '../../../src/core/rollup/packed-cells'
import { queryCube } from '../../../src/core/analytics/query'
import { migrate } from '../../../src/core/db/migrate'
import { migrations } from '../../../src/core/db/migrations'
import { nodeBinding } from '../../../src/core/db/open'
import { tempPath } from '../tmp'

const COUNTS = COMBOS.map((c) => c.column)

/** A store at the baseline (14) whose day × country ticket cube holds `days` days of varied cells. */
function baselineStore(days: number) {
  const file = tempPath()
  const db = new Database(file, { nativeBinding: nodeBinding() })
  migrate(db, file, [migrations.find((m) => m.version === 14)!])
  const insert = db.prepare(
    `INSERT INTO tickets_day_country (t, country, currency, bucket, count, ${COUNTS.join(', ')}) VALUES (?, ?, ?, ?, ?, ${COUNTS.map(() => '?').join(', ')})`
  )
  let seed = 7
  const next = (): number => (seed = (seed * 48271) % 2147483647) % 5
  for (let d = 1; d <= days; d++)
    for (const [country, currency] of [
      ['NO', 'NOK'],
      ['SE', 'SEK'],
      ['SE', 'EUR']
    ])
      for (const bucket of [-1, 40, 41, 95]) {
        const counts: number[] = COUNTS.map(() => next())
        if (!counts.some((n) => n > 0)) counts[0] = 1
        const day = `2020-01-${String(d).padStart(2, '0')}`
        insert.run(
          day,
          country,
          currency,
          bucket,
          counts.reduce((a, b) => a + b, 0),
          ...counts
        )
      }
  return { db, file }
}

/** The one-cell-per-row cube packed the way the import's stager packs cells (rollup/packed-cells.ts), row by row. */
function packedAsTheImportWrites(db: Database.Database) {
  const cells = db.prepare('SELECT * FROM tickets_day_country ORDER BY t, country, currency, bucket').all() as Record<
    string,
    string | number
  >[]
  const rows = new Map<string, { t: string; country: string; currency: string; cells: typeof cells }>()
  for (const cell of cells) {
    const key = `${cell.t} ${cell.country} ${cell.currency}`
    const row = rows.get(key) ?? { t: String(cell.t), country: String(cell.country), currency: String(cell.currency), cells: [] }
    row.cells.push(cell)
    rows.set(key, row)
  }
  // The canonical form by hand: cells in bucket order, each combo's nonzero count as one integer.
  return [...rows.values()].map(({ cells, ...keys }) => {
    const values = cells.flatMap((cell) =>
      COUNTS.map((c, combo) => [combo, Number(cell[c])]).flatMap(([combo, n]) =>
        n ? [cellValue(Number(cell.bucket), combo, n)] : []
      )
    )
    const count = cells.reduce((sum, cell) => sum + COUNTS.reduce((s, c) => s + Number(cell[c]), 0), 0)
    return { ...keys, count, cells: `[${values.join(',')}]` }
  })
}

describe('packed day × country ticket cube (migration 16)', () => {
  it('holds the canonical packing of the cube it replaces, and a histogram reads the same counts', () => {
    const { db, file } = baselineStore(10)
    const canonical = packedAsTheImportWrites(db)
    const filter = { from: '2020-01-02', to: '2020-01-09', countries: ['SE'] }
    const expected = db
      .prepare(
        `SELECT currency, bucket, SUM(count) AS count, 0 AS amount, ${COUNTS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
           FROM tickets_day_country WHERE t BETWEEN ? AND ? AND country = 'SE' GROUP BY 1, 2 ORDER BY 1, 2`
      )
      .all(filter.from, filter.to)
    const cardOnly = db
      .prepare(
        `SELECT currency, bucket, SUM(n_card_domestic + n_card_cn + n_card_foreign + n_card_unknown + n_card_other) AS count
           FROM tickets_day_country WHERE t BETWEEN ? AND ? GROUP BY 1, 2 HAVING count > 0 ORDER BY 1, 2`
      )
      .all(filter.from, filter.to)

    migrate(db, file)
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'tickets_day_country'").get()).toBeUndefined()
    expect(
      db.prepare('SELECT t, country, currency, count, cells FROM tickets_day_country_packed ORDER BY 1, 2, 3').all()
    ).toEqual(canonical)
    expect(queryCube(db, { family: 'ticket', by: ['currency', 'bucket'], filter, perCombo: true })).toEqual(expected)
    const cards = queryCube(db, {
      family: 'ticket',
      by: ['currency', 'bucket'],
      filter: { ...filter, countries: undefined, methods: ['card'] }
    })
    expect(cards.map((r) => ({ currency: r.currency, bucket: r.bucket, count: r.count }))).toEqual(cardOnly)
    db.close()
  })
})

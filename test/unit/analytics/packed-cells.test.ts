import { describe, expect, it } from 'vitest'
import { COMBOS, CUBES, cubeKeys, rowKeys } from '../../../src/core/analytics/cubes'
import { unpackSql } from '../../../src/core/analytics/packed-cells'
import { createContext } from '../../../src/core/context'
import { migrate } from '../../../src/core/db/migrate'
import { generateDemo } from '../../../src/core/demo/generate'
import { tempPath } from '../tmp'

const packed = CUBES.filter((c) => c.packed)
const counts = COMBOS.map((c) => c.column)

describe('packed day × merchant cubes', () => {
  it('hold the same cells whether kept up by the app or converted by migration 10 from the one-row-per-cell tables', () => {
    const file = tempPath()
    const db = createContext({ dbPath: file }).db
    generateDemo(db, { transactions: 6_000, seed: 4 })
    const dump = () => packed.map((c) => db.prepare(`SELECT * FROM ${c.table} ORDER BY ${rowKeys(c).join(', ')}`).all())
    const kept = dump()
    for (const rows of kept) expect(rows.length).toBeGreaterThan(100)

    // The store as version 9 left it: one row per cell in the old tables, no packed rows.
    for (const cube of packed) {
      const old = cube.table.replace(/_packed$/, '')
      const keys = cubeKeys(cube)
      db.exec(`CREATE TABLE ${old} (${[...keys, 'count', ...counts].join(', ')}, PRIMARY KEY (${keys.join(', ')})) WITHOUT ROWID`)
      db.exec(
        `INSERT INTO ${old} SELECT ${keys.join(', ')}, SUM(count), ${counts.map((n) => `SUM(${n})`).join(', ')}
           FROM (${unpackSql(cube.table, rowKeys(cube), keys[keys.length - 1])}) GROUP BY ${keys.join(', ')}`
      )
      db.exec(`DELETE FROM ${cube.table}`)
    }
    const cells = db.prepare('SELECT SUM(count) FROM tickets_day_merchant').pluck().get() as number
    expect(cells).toBe(
      db.prepare("SELECT COUNT(*) FROM transactions WHERE kind = 'payment' AND status <> 'failed'").pluck().get()
    )
    db.prepare('DELETE FROM schema_migrations WHERE version = 10').run()

    migrate(db, file)
    expect(dump()).toEqual(kept)
    const left = db.prepare("SELECT name FROM sqlite_master WHERE name IN ('hours_day_merchant', 'tickets_day_merchant')").all()
    expect(left).toEqual([])
    db.close()
  })
})

import type { Db } from '../db/open'
import { CUBES, rowKeys, type Cube } from './cubes'
import { mergeSql } from './packed-cells'
import { CELL_KEYS, FACT_MEASURES, factCellKeys, factTable } from './staging'
import { prepareUpsert, type Upsert } from './upserts'

/** Where a group of sums goes: a staging table for applyStaged, or a cube it needs no other grouping for. */
export type Target = 'day' | 'day_country' | 'month' | 'month_country'
/** The statements a FactStager writes through: the daily_rollup cells, and hour and ticket cells per target. */
export const UPSERT_NAMES = [
  'cells',
  'hour_day',
  'hour_day_country',
  'hour_month',
  'hour_month_country',
  'ticket_day',
  'ticket_day_country',
  'ticket_month',
  'ticket_month_country'
] as const satisfies readonly ('cells' | `${'hour' | 'ticket'}_${Target}`)[]
export type UpsertName = (typeof UPSERT_NAMES)[number]
/** Days of rows taken back (a stored row changed): a cube cell they empty is deleted at the end. */
export type TakenBack = { from: string; to: string } | null

const cubeOf = (family: 'hour' | 'ticket', grain: 'day' | 'month', level: 'country' | 'merchant') =>
  CUBES.find((c) => c.family === family && c.grain === grain && c.level === level) as Cube

/** The cubes the stager writes straight into (the rest goes through staging tables). */
const DIRECT: { target: Target; grain: 'day' | 'month'; level: 'country' | 'merchant' }[] = [
  { target: 'day', grain: 'day', level: 'merchant' },
  { target: 'month', grain: 'month', level: 'merchant' },
  { target: 'month_country', grain: 'month', level: 'country' }
]

/** What a FactStager writes to: the staging tables (startStaging) and direct cubes of one connection. */
export class SqlStageWriter {
  private readonly upserts: Record<UpsertName, Upsert>

  constructor(private readonly db: Db) {
    const cube = (family: 'hour' | 'ticket', target: Target) => {
      const direct = DIRECT.find((d) => d.target === target)
      if (!direct) return prepareUpsert(db, `temp.${factTable(family)}`, factCellKeys(family), FACT_MEASURES)
      const c = cubeOf(family, direct.grain, direct.level)
      if (!c.packed) return prepareUpsert(db, `main.${c.table}`, rowKeys(c), FACT_MEASURES)
      return prepareUpsert(db, `main.${c.table}`, rowKeys(c), ['count', 'cells'], { cells: mergeSql('cells', 'excluded.cells') })
    }
    this.upserts = {
      cells: prepareUpsert(db, 'temp.kassa_batch_cells', CELL_KEYS, ['count', 'amount', 'fee']),
      hour_day: cube('hour', 'day'),
      hour_day_country: cube('hour', 'day_country'),
      hour_month: cube('hour', 'month'),
      hour_month_country: cube('hour', 'month_country'),
      ticket_day: cube('ticket', 'day'),
      ticket_day_country: cube('ticket', 'day_country'),
      ticket_month: cube('ticket', 'month'),
      ticket_month_country: cube('ticket', 'month_country')
    }
  }

  upsert(name: UpsertName): Upsert {
    return this.upserts[name]
  }

  /**
   * Drops cells that netted to nothing (a payment written out, then marked failed): applied, they would leave
   * empty rows in the rollups.
   */
  sweep(takenBack: TakenBack): void {
    this.db.exec('DELETE FROM temp.kassa_batch_cells WHERE count = 0 AND amount = 0 AND fee = 0')
    for (const family of ['hour', 'ticket'] as const) this.db.exec(`DELETE FROM temp.${factTable(family)} WHERE count = 0`)
    if (takenBack)
      for (const family of ['hour', 'ticket'] as const)
        for (const { grain, level } of DIRECT) {
          const { from, to } = takenBack
          const range = grain === 'day' ? [from, to] : [from.slice(0, 7), to.slice(0, 7)]
          this.db.prepare(`DELETE FROM ${cubeOf(family, grain, level).table} WHERE t BETWEEN ? AND ? AND count = 0`).run(...range)
        }
  }
}

import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { importFile } from '../../../src/core/import/pipeline'
import { undoBatch } from '../../../src/core/import/batches'
import { shownCsvIdSql } from '../../../src/core/db/external-ids'
import { tempStore } from './helpers'

const HEADER = 'Transaction ID;Date;Time;Merchant;Amount;Currency;Method\n'
const line = (id: string, day: string, amount: string) => `${id};${day};12:00:00;Kiosk;${amount};NOK;Visa\n`

describe('batches found by their id range', () => {
  it('undoing an earlier batch removes exactly its rows, totals included, and leaves the later one whole', () => {
    const { db, write } = tempStore()
    const first = importFile(db, write('a.csv', HEADER + line('A1', '20.04.2018', '10,00') + line('A2', '21.04.2018', '20,00')))
    const second = importFile(db, write('b.csv', HEADER + line('B1', '20.04.2018', '5,00') + line('A2', '21.04.2018', '20,00')))
    expect(second).toMatchObject({ imported: 1, duplicates: 1 })
    expect(undoBatch(db, first.batchId as number)).toEqual({ removed: 2 })
    const left = db
      .prepare(`SELECT ${shownCsvIdSql('external_id')} FROM transactions ORDER BY id`)
      .pluck()
      .all()
    expect(left).toEqual(['B1'])
    const rollup = db.prepare('SELECT day, SUM(count) AS n, SUM(amount) AS amount FROM daily_rollup GROUP BY day').all()
    expect(rollup).toEqual([{ day: '2018-04-20', n: 1, amount: 500 }])
    // Importing the first file again brings back its two rows.
    expect(
      importFile(db, write('a2.csv', HEADER + line('A1', '20.04.2018', '10,00') + line('A2', '21.04.2018', '20,00')))
    ).toMatchObject({
      imported: 2
    })
  })

  it('the Transactions screen finds a row by the id its file gave it', async () => {
    const { ctx, write } = tempStore()
    importFile(
      ctx.db,
      write(
        'a.csv',
        HEADER + line('TX-77', '20.04.2018', '10,00') + line('TX-78', '21.04.2018', '20,00') + line('K:7', '22.04.2018', '30,00')
      )
    )
    const found = async (search: string) => {
      const r = await invoke(ctx, 'analytics.transactions', { search, limit: 10, preset: 'all' })
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as { rows: { externalId: string; amount: string }[] }).rows.map((x) => [x.externalId, x.amount])
    }
    expect(await found('TX-78')).toEqual([['TX-78', '20.00']])
    expect(await found('K:7')).toEqual([['K:7', '30.00']])
    expect(await found('7')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { tempStore } from './helpers'

const indexes = (db: ReturnType<typeof tempStore>['db']) =>
  db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transaction_rows' ORDER BY name").all()

function terminalFile(from: number, count: number): string {
  const lines = ['Transaction ID;Date;Time;Merchant;Amount;Currency;Method']
  for (let i = from; i < from + count; i++)
    lines.push(
      `T${i};${String(1 + (i % 28)).padStart(2, '0')}.05.2018;12:${String(i % 60).padStart(2, '0')}:00;Butikk ${i % 4};${(i * 37) % 900},50;NOK;Visa`
    )
  return lines.join('\n') + '\n'
}

describe('indexes around a large batch', () => {
  it('a file larger than the store gets the same indexes, consistent with its rows, as one smaller than the store', () => {
    const { db, write } = tempStore()
    const defined = indexes(db)
    expect(defined.map((i) => (i as { name: string }).name)).toContain('transactions_time')

    // Empty store: the non-unique indexes are built after the rows are in.
    expect(importFile(db, write('first.csv', terminalFile(0, 3000))).imported).toBe(3000)
    expect(indexes(db)).toEqual(defined)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')

    // A small file into the now larger store grows them row by row; re-importing the first adds nothing.
    expect(importFile(db, write('second.csv', terminalFile(3000, 100))).imported).toBe(100)
    expect(importFile(db, write('again.csv', terminalFile(0, 3000))).duplicates).toBe(3000)
    expect(indexes(db)).toEqual(defined)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')

    const largest = db.prepare('SELECT external_id FROM transactions ORDER BY amount DESC, id DESC LIMIT 1').pluck().get()
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM transactions ORDER BY occurred_at DESC, id DESC LIMIT 1').all()
    expect(JSON.stringify(plan)).toContain('transactions_time')
    const amounts = Array.from({ length: 3100 }, (_, i) => (i * 37) % 900)
    // Generic-CSV ids are stored as merchant id:file id.
    expect(largest).toMatch(new RegExp(`^T${amounts.lastIndexOf(Math.max(...amounts))}:\\d+$`))
  })
})

// An import creates no merchant, store or rep with a name longer than the forms accept.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { importMerchantFile } from '../../../src/core/merchants/csv-import'
import { fixture } from '../merchants/helpers'
import { tempStore } from '../import/helpers'

const long = (n: number) => 'Ø'.repeat(n)

describe('name lengths on import', () => {
  it('a transaction file may create merchants and stores named up to 200 characters, and rejects longer ones', () => {
    const { db, write } = tempStore()
    const file = write(
      'sales.csv',
      [
        'date,amount,currency,merchant,store,method',
        `2018-06-01 10:00,100.00,NOK,${long(200)},Main,card`,
        `2018-06-01 11:00,100.00,NOK,${long(201)},Main,card`,
        `2018-06-01 12:00,100.00,NOK,Fjord Gaver,${long(201)},card`,
        `2018-06-01 13:00,100.00,NOK,Fjord Gaver,${long(200)},card`
      ].join('\n')
    )
    const result = importFile(db, file, {})
    expect(result).toMatchObject({ rows: 4, imported: 2, rejected: 2 })
    expect(result.rejects.map((r) => [r.line, r.reason.split(';')[0]])).toEqual([
      [3, "the new merchant's name is 201 characters long"],
      [4, "the new store's name is 201 characters long"]
    ])
    const lengths = (sql: string) => (db.prepare(sql).all() as { n: number }[]).map((r) => r.n).sort()
    expect(lengths('SELECT length(name) AS n FROM merchants')).toEqual([11, 200])
    expect(lengths('SELECT length(name) AS n FROM stores')).toEqual([200, 4])
  })

  it('a merchant list rejects a rep name longer than a profile name', () => {
    const { db, dir, admin } = fixture()
    const file = join(dir, 'list.csv')
    writeFileSync(file, `Name,Country,Rep\nNordlys,NO,${long(81)}\nFjell,NO,${long(80)}\n`)
    const result = importMerchantFile(db, admin, file, { commit: true })
    expect(result).toMatchObject({ rows: 2, imported: 1, rejected: 1 })
    expect(result.rejects[0].line).toBe(2)
    expect(db.prepare('SELECT MAX(length(name)) AS n FROM reps').get()).toEqual({ n: 80 })
  })
})

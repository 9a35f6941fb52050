import { describe, expect, it } from 'vitest'
import { importFile, type ImportOptions } from '../../../src/core/import/pipeline'
import { UNMAPPED } from '../../../src/core/import/formats/csv'
import { previewFile } from '../../../src/core/import/preview'
import { listBatches, listRejects, rejectsCsv, rejectsFile, undoBatch } from '../../../src/core/import/batches'
import { columnsOf, exportProfiles, importProfiles, listProfiles, saveProfile } from '../../../src/core/import/profiles'
import { headerSignature } from '../../../src/core/import/vocab/headers'
import { fixture, snapshot, tempStore } from './helpers'

const count = (db: ReturnType<typeof tempStore>['db'], sql = 'SELECT COUNT(*) AS n FROM transactions') =>
  (db.prepare(sql).get() as { n: number }).n

describe('de-duplication', () => {
  it('re-importing a file adds nothing and says what each row duplicates', () => {
    const { db } = tempStore()
    const first = importFile(db, fixture('dk-latin1.csv'))
    const before = snapshot(db)
    const preview = previewFile(db, fixture('dk-latin1.csv'))
    expect(preview.rows.filter((r) => r.outcome === 'duplicate').map((r) => r.reason)).toContain(
      `duplicate of line 2 of dk-latin1.csv (import #${first.batchId})`
    )
    const again = importFile(db, fixture('dk-latin1.csv'))
    expect(again).toMatchObject({ rows: 8, imported: 0, duplicates: 6, rejected: 2 })
    const after = snapshot(db)
    expect(after.transactions).toEqual(before.transactions)
    expect(after.rollup).toEqual(before.rollup)
  })

  it('keeps two genuine identical sales of one file, and adds nothing on re-import', () => {
    const { db } = tempStore()
    expect(importFile(db, fixture('identical-sales.csv'))).toMatchObject({ rows: 3, imported: 3, duplicates: 0 })
    expect(importFile(db, fixture('identical-sales.csv'))).toMatchObject({ rows: 3, imported: 0, duplicates: 3 })
    expect(count(db)).toBe(3)
  })

  it('an overlapping file adds only its new rows; a second identical sale is not eaten by the first', () => {
    const { db, write } = tempStore()
    const one = write('one.csv', 'Date;Time;Merchant;Amount;Currency\n2018-04-20;12:00:00;Kiosk;35,00;NOK\n')
    importFile(db, one, { acceptDefaults: true })
    const two = write(
      'two.csv',
      'Date;Time;Merchant;Amount;Currency\n2018-04-20;12:00:00;Kiosk;35,00;NOK\n2018-04-20;12:00:00;Kiosk;35,00;NOK\n'
    )
    expect(importFile(db, two, { acceptDefaults: true })).toMatchObject({ rows: 2, imported: 1, duplicates: 1 })
    expect(count(db)).toBe(2)
  })

  it('stores a flagged duplicate when the user includes it, and re-import still adds nothing', () => {
    const { db } = tempStore()
    importFile(db, fixture('se-bom.csv'))
    expect(importFile(db, fixture('se-bom.csv'), { includeDuplicates: [3] })).toMatchObject({ imported: 1, duplicates: 3 })
    expect(count(db)).toBe(5)
    expect(importFile(db, fixture('se-bom.csv'))).toMatchObject({ imported: 0, duplicates: 4 })
  })

  it('in a long file, later records of a payment advance it, repeats are duplicates, and an included one is stored', () => {
    const { db, write } = tempStore()
    // Lines 2–201: payment S<n> on line n + 1, 10,00 NOK, settled; S10 and S30 start pending.
    const lines = Array.from({ length: 200 }, (_, i) => {
      const id = `S${i + 1}`
      const status = id === 'S10' || id === 'S30' ? 'pending' : 'settled'
      return `${id};2024-03-01;12:00:00;Kiosk;10,00;NOK;${status}`
    })
    lines[99] = 'S10;2024-03-01;12:00:00;Kiosk;10,00;NOK;settled' // line 101: S10 is settled now
    lines[128] = 'S30;2024-03-01;12:00:00;Kiosk;10,00;NOK;failed' // line 130: S30 failed
    lines[148] = 'S20;2024-03-01;12:00:00;Kiosk;10,00;NOK;settled' // line 150: S20 again
    const file = write('long.csv', ['Transaction ID;Date;Time;Merchant;Amount;Currency;Status', ...lines].join('\n') + '\n')
    expect(importFile(db, file, { acceptDefaults: true })).toMatchObject({ rows: 200, imported: 197, duplicates: 3, rejected: 0 })
    const status = (id: string) =>
      (db.prepare("SELECT status FROM transactions WHERE external_id LIKE ? || ':%'").get(id) as { status: string }).status
    expect([status('S10'), status('S30'), status('S20')]).toEqual(['settled', 'failed', 'settled'])
    // 197 rows stored, S30 failed: 196 payments of 10,00 in the rollup and the hour cube.
    expect(db.prepare('SELECT SUM(count) AS n, SUM(amount) AS a FROM daily_rollup').get()).toEqual({ n: 196, a: 196_000 })
    expect(count(db, 'SELECT SUM(count) AS n FROM hours_day_country')).toBe(196)

    const again = importFile(db, file, { includeDuplicates: [70], acceptDefaults: true })
    expect(again).toMatchObject({ rows: 200, imported: 1, duplicates: 199 })
    expect(db.prepare('SELECT line, batch_id AS batchId FROM transactions ORDER BY id DESC LIMIT 1').get()).toEqual({
      line: 70,
      batchId: again.batchId
    })
    expect(count(db)).toBe(198)
  })
})

describe('batches', () => {
  it('undo removes exactly that batch, rollups included', () => {
    const { db } = tempStore()
    importFile(db, fixture('dk-latin1.csv'))
    const before = snapshot(db)
    const second = importFile(db, fixture('se-bom.csv'))
    expect(count(db, 'SELECT COUNT(*) AS n FROM daily_rollup')).toBeGreaterThan(before.rollup.length)
    expect(undoBatch(db, second.batchId as number)).toEqual({ removed: 4 })
    const after = snapshot(db)
    expect(after.transactions).toEqual(before.transactions)
    expect(after.rollup).toEqual(before.rollup)
    expect(listBatches(db).map((b) => [b.fileName, b.status])).toEqual([
      ['se-bom.csv', 'undone'],
      ['dk-latin1.csv', 'done']
    ])
    expect(() => undoBatch(db, second.batchId as number)).toThrow(/already undone/)
    // After undo the same file imports again in full.
    expect(importFile(db, fixture('se-bom.csv'))).toMatchObject({ imported: 4 })
  })

  it('history records name, SHA-256, format and counts; rejects keep raw text and export as CSV', () => {
    const { db } = tempStore()
    const r = importFile(db, fixture('dk-latin1.csv'))
    const [batch] = listBatches(db)
    expect(batch).toMatchObject({
      fileName: 'dk-latin1.csv',
      format: 'csv',
      encoding: 'windows-1252',
      rows: 8,
      imported: 6,
      rejected: 2
    })
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(listRejects(db, r.batchId as number)[0]).toEqual({
      line: 6,
      raw: '30.02.2018;12:00:00;Æblegården;Nyhavn;T-01;100,00;DKK;Visa;SE;Godkendt',
      reason: 'date "30.02.2018" does not exist'
    })
    expect(rejectsCsv(db, r.batchId as number).split('\n')[2]).toBe(
      '7,"amount ""12,3,4"" is not a number","05.04.2018;13:10:00;Æblegården;Nyhavn;T-01;12,3,4;DKK;Visa;SE;Godkendt"'
    )
  })

  it("rejected lines export in the file's own layout, and import once fixed", () => {
    const { db, write } = tempStore()
    const r = importFile(db, fixture('dk-latin1.csv'))
    const exported = rejectsFile(db, r.batchId as number)
    expect(exported.split('\n').slice(0, 2)).toEqual([
      'Dato;Tid;Brugersted;Butik;Terminal;Beløb;Valuta;Betalingsmåde;Kortland;Status;Kassa reject reason',
      '30.02.2018;12:00:00;Æblegården;Nyhavn;T-01;100,00;DKK;Visa;SE;Godkendt;"line 6: date ""30.02.2018"" does not exist"'
    ])
    const fixed = write('fixed.csv', exported.replace('30.02.2018', '28.02.2018').replace(';12,3,4;', ';12,34;'))
    expect(importFile(db, fixed)).toMatchObject({ rows: 2, imported: 2, rejected: 0 })
  })

  it('a dry run reports the same counts and writes nothing', () => {
    const { db } = tempStore()
    const before = snapshot(db)
    const dry = importFile(db, fixture('dk-latin1.csv'), { dryRun: true })
    expect(dry).toMatchObject({ batchId: null, rows: 8, imported: 6, rejected: 2 })
    expect(snapshot(db)).toEqual(before)
  })

  it('a chosen format the file shows no sign of, or a CSV without date and amount columns, is refused and writes nothing', () => {
    const { db, write } = tempStore()
    importFile(db, fixture('dk-latin1.csv'))
    const before = snapshot(db)
    // Read as Adyen, every line of a terminal export would have been passed over as "not a sale": 0 rows, no word.
    const refusals: [string, ImportOptions, RegExp][] = [
      [fixture('se-bom.csv'), { format: 'adyen' }, /^it is not an Adyen payment accounting report: .*"Psp Reference"/],
      [fixture('se-bom.csv'), { format: 'alipay' }, /^it is not an Alipay transaction or settlement file/],
      [fixture('se-bom.csv'), { format: 'antom' }, /^it is not an Antom transactionItems file/],
      [fixture('se-bom.csv'), { format: 'vipps' }, /^it is not a Vipps settlement report/],
      [fixture('vipps-settlement-2018-04.csv'), { format: 'csv' }, /^no column is mapped to the date and the amount/],
      [write('odd.csv', 'When;Sum\nsoon;a lot\n'), { format: 'csv', merchant: 'X' }, /^no column is mapped/]
    ]
    for (const [file, options, message] of refusals) {
      expect(() => importFile(db, file, options)).toThrow(message)
      // The preview of an unmapped CSV stays open: that is where its columns get mapped.
      if (options.format === 'csv')
        expect(previewFile(db, file, options).rows[0]).toMatchObject({ outcome: 'rejected', reason: UNMAPPED })
      else expect(() => previewFile(db, file, options)).toThrow(message)
    }
    expect(snapshot(db)).toEqual(before)
    // Chosen formats that fit still win over detection, and the same CSV with its columns mapped imports.
    expect(
      importFile(db, fixture('2088123456789012_fptrade_20180405.csv'), { format: 'csv', acceptDefaults: true })
    ).toMatchObject({
      format: 'csv',
      rejected: 5
    })
    const odd = write('odd2.csv', 'When;Sum;Valuta\n2018-04-01;100,00;NOK\n')
    expect(
      importFile(db, odd, { format: 'csv', merchant: 'X', mapping: { date: 0, amount: 1, currency: 2 }, acceptDefaults: true })
    ).toMatchObject({
      imported: 1
    })
  })

  it('cancel mid-file leaves the store exactly as before', () => {
    const { db, write } = tempStore()
    importFile(db, fixture('dk-latin1.csv'))
    const before = snapshot(db)
    const lines = ['Transaction ID;Date;Merchant;Amount;Currency']
    for (let i = 0; i < 20_000; i++) lines.push(`C-${i};2018-05-01 10:00:00;Big Shop;${i},00;NOK`)
    const big = write('big.csv', lines.join('\n') + '\n')
    let progressed = 0
    expect(() =>
      importFile(db, big, {
        acceptDefaults: true,
        onProgress: (p) => (progressed = p.rows),
        isCancelled: () => progressed >= 8192
      })
    ).toThrow(expect.objectContaining({ code: 'cancelled', message: 'the import was cancelled; nothing was written' }))
    expect(progressed).toBeGreaterThanOrEqual(8192)
    expect(snapshot(db)).toEqual(before)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})

describe('merchant attribution', () => {
  it('rows without a merchant go to the chosen one; without one they are rejected with a reason', () => {
    const { db, write } = tempStore()
    const file = write('plain.csv', 'Dato;Beløb;Valuta\n01.04.2018;100,00;NOK\n')
    expect(importFile(db, file, { dryRun: true, acceptDefaults: true }).rejects).toEqual([
      { line: 2, reason: 'no merchant: the row names none, so choose one for the file (--merchant NAME)' }
    ])
    const r = importFile(db, file, { merchant: 'Fjord Kaffe', acceptDefaults: true })
    expect(r.imported).toBe(1)
    expect(db.prepare('SELECT name, country FROM merchants').all()).toEqual([{ name: 'Fjord Kaffe', country: 'NO' }])
  })

  it('a new merchant in EUR is created in Finland; in CNY without a country column it is rejected', () => {
    const { db, write } = tempStore()
    const file = write(
      'eur.csv',
      'Date,Shop,Amount,Currency\n2018-06-01,Helsinki Design,10.00,EUR\n2018-06-01,Beijing Shop,10.00,CNY\n'
    )
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r.imported).toBe(1)
    expect(r.rejects[0].reason).toMatch(/cannot tell which country the new merchant "Beijing Shop" is in/)
    expect(db.prepare('SELECT name, country FROM merchants').all()).toEqual([{ name: 'Helsinki Design', country: 'FI' }])
  })

  it("a country column places a new merchant in any of the five languages; one outside the four, or unknown, is rejected, not replaced by the currency's", () => {
    const { db, write } = tempStore()
    const file = write(
      'countries.csv',
      [
        'Date;Amount;Currency;Shop;Country',
        '01.04.2019;10,00;EUR;Kauppa;Suomi',
        '01.04.2019;10,00;EUR;Butik Åland;Ruotsi',
        '01.04.2019;10,00;NOK;Butikk;Noreg',
        '01.04.2019;10,00;EUR;Laden;Deutschland',
        '01.04.2019;10,00;EUR;Shop;Atlantis'
      ].join('\n') + '\n'
    )
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r).toMatchObject({ rows: 5, imported: 3, rejected: 2 })
    expect(r.rejects).toEqual([
      {
        line: 5,
        reason: 'the new merchant "Laden" is in DE: Kassa serves merchants in Denmark, Norway, Sweden and Finland'
      },
      { line: 6, reason: 'country "Atlantis" is not recognised' }
    ])
    expect(db.prepare('SELECT name, country FROM merchants ORDER BY id').all()).toEqual([
      { name: 'Kauppa', country: 'FI' },
      { name: 'Butik Åland', country: 'SE' },
      { name: 'Butikk', country: 'NO' }
    ])
  })
})

describe('preview and profiles', () => {
  it('shows rows as they will be stored and the detected choices; changing a choice changes the rows', () => {
    const { db } = tempStore()
    const p = previewFile(db, fixture('dk-latin1.csv'))
    expect(p.choices).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      decimal: 'comma',
      dateOrder: 'dmy'
    })
    expect(p.rows[0]).toMatchObject({ line: 2, outcome: 'new' })
    expect(p.rows[0].row).toMatchObject({
      localTime: '2018-04-03 10:15:00',
      amount: 425000,
      currency: 'DKK',
      merchant: 'Æblegården',
      merchantIsNew: true
    })
    expect(p.rows[4]).toMatchObject({ line: 6, outcome: 'rejected', reason: 'date "30.02.2018" does not exist' })
    const remapped = previewFile(db, fixture('dk-latin1.csv'), {
      mapping: { ...p.choices.mapping, merchant: undefined, store: 2 }
    })
    expect(remapped.rows[0].reason).toMatch(/no merchant/)
    const latin = previewFile(db, fixture('dk-latin1.csv'), { encoding: 'utf-8', format: 'csv', mapping: p.choices.mapping })
    // Read as UTF-8, æøå are not valid: the lines holding them are rejected, never read into a merchant named "�blegården".
    expect(latin.rows[0]).toMatchObject({ line: 2, outcome: 'rejected', reason: expect.stringMatching(/not valid UTF-8/) })
    expect(count(db)).toBe(0)
  })

  it('a saved profile applies to a later file with the same header; profiles export and import as JSON', () => {
    const { db, write } = tempStore()
    const header = ['When', 'Sum', 'Shop', 'Valuta']
    const file = write('odd.csv', 'When;Sum;Shop;Valuta\n2018-04-01;100,00;Kiosk;NOK\n')
    // Its columns are read from their values, but nothing in it names the payment method: the import asks first.
    expect(() => importFile(db, file, { merchant: 'X' })).toThrow(/no column holds the payment method/)
    const mapping = { date: 0, amount: 1, merchant: 2, currency: 3 }
    saveProfile(db, {
      name: 'Odd till',
      signature: headerSignature(header),
      format: 'csv',
      decimal: 'comma',
      columns: columnsOf(mapping, header)
    })
    expect(previewFile(db, file).profile).toBe('Odd till')
    expect(importFile(db, file, { merchant: 'X', acceptDefaults: true })).toMatchObject({ imported: 1 })
    const json = exportProfiles(db)
    const { db: other } = tempStore()
    expect(importProfiles(other, json)).toBe(1)
    expect(listProfiles(other)).toEqual(listProfiles(db))
    expect(() => importProfiles(other, '{"nope":1}')).toThrow(/does not hold Kassa import profiles/)
  })
})

describe('Excel hints', () => {
  it('a "sep=;" first line names the delimiter and is not the header', () => {
    const { db, write } = tempStore()
    const file = write('excel.csv', 'sep=;\r\nDato;Beløp;Valuta;Butikk\r\n01.04.2018;1 234,50;NOK;Kiosk\r\n')
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r).toMatchObject({ rows: 1, imported: 1 })
    expect(db.prepare('SELECT amount, line FROM transactions').get()).toEqual({ amount: 123450, line: 3 })
  })
})

describe('big lines', () => {
  it('a 10 MB line is one rejected row, only its start kept, and the rows around it import', () => {
    const { db, write } = tempStore()
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const file = write(
      'huge.csv',
      `Transaction ID;Date;Merchant;Amount;Currency\nH-1;2018-05-01;Shop;1,00;NOK\nH-2;2018-05-01;Shop;${huge};NOK\nH-3;2018-05-01;Shop;3,00;NOK\n`
    )
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r).toMatchObject({ rows: 3, imported: 2, rejected: 1 })
    expect(r.rejects[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/longer than 1,048,576 characters/) })
    const raw = listRejects(db, r.batchId as number)[0].raw
    expect(raw.startsWith('H-2;2018-05-01;Shop;xxx')).toBe(true)
    expect(raw.length).toBeLessThan(5000)
  })
  it('a 10 MB quoted field across two lines costs those two lines, and the line numbers after it stay right', () => {
    const { db, write } = tempStore()
    const huge = 'x'.repeat(5 * 1024 * 1024)
    const file = write(
      'quoted.csv',
      `Transaction ID;Date;Merchant;Amount;Currency\nH-1;2018-05-01;Shop;1,00;NOK\nH-2;2018-05-01;Shop;"${huge}\r\n${huge}";NOK\nH-3;2018-05-01;Shop;3,00;NOK\n`
    )
    const r = importFile(db, file, { acceptDefaults: true })
    expect(r).toMatchObject({ rows: 4, imported: 2, rejected: 2 })
    expect(r.rejects.map((x) => x.line)).toEqual([3, 4])
    expect(db.prepare('SELECT line FROM transactions ORDER BY id').pluck().all()).toEqual([2, 5])
  })
})

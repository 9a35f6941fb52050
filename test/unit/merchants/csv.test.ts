import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportMerchantsCsv } from '../../../src/core/merchants/csv-export'
import { importMerchantFile } from '../../../src/core/merchants/csv-import'
import { createMerchant, getMerchant } from '../../../src/core/merchants/service'
import { fixture } from './helpers'

const norwegian = [
  'Navn;Land;Organisasjonsnummer;Postnummer;Poststed;Telefon;E-post;Selger',
  'Nordlys Suvenir;Norge;988 077 917;0150;Oslo;22 33 44 55;post@nordlys.no;Kari Selger',
  'Feil Nummer;NO;988077918;0150;Oslo;;;',
  'Tysk Laden;Tyskland;123;;;;;',
  ';NO;;;;;;',
  'Lille Havfrue;Danmark;DK13585628;2100;København;;;',
  'Nordlys Suvenir igjen;NO;988077917;;;;;'
].join('\r\n')

describe('merchant CSV import', () => {
  it('previews without writing, then imports with rejects by line number and reason', () => {
    const { db, dir, admin } = fixture()
    const file = join(dir, 'kunder.csv')
    // Latin-1 and Windows-1252 agree on every letter of this text (ø).
    writeFileSync(file, Buffer.from(norwegian, 'latin1'))
    const preview = importMerchantFile(db, admin, file, { commit: false })
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 6, imported: 2, duplicates: 1, rejected: 3 })
    expect(db.prepare('SELECT COUNT(*) AS n FROM merchants').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT COUNT(*) AS n FROM reps').get()).toEqual({ n: 2 })

    const done = importMerchantFile(db, admin, file, { commit: true })
    expect(done).toMatchObject({ rows: 6, imported: 2, duplicates: 1, rejected: 3 })
    expect(done.rejects).toEqual([
      { line: 3, reason: '988077918 fails the Norwegian organisasjonsnummer check digit' },
      {
        line: 4,
        reason: 'country Tyskland is not supported: Kassa onboards merchants in Denmark, Norway, Sweden and Finland only'
      },
      { line: 5, reason: 'the merchant name is missing' }
    ])
    const rows = db
      .prepare('SELECT name, country, org_number AS org, postal_code AS postal, phone FROM merchants ORDER BY id')
      .all()
    expect(rows).toEqual([
      { name: 'Nordlys Suvenir', country: 'NO', org: '988077917', postal: '0150', phone: '+4722334455' },
      { name: 'Lille Havfrue', country: 'DK', org: '13585628', postal: '2100', phone: null }
    ])
    expect(getMerchant(db, 2).city).toBe('København')
    expect(getMerchant(db, 1).rep).toBe('Kari Selger')

    const again = importMerchantFile(db, admin, file, { commit: true })
    expect(again).toMatchObject({ imported: 0, duplicates: 3, rejected: 3 })
  })

  it('rejects a line holding a byte that is not UTF-8 instead of creating a merchant with a broken name', () => {
    const { db, dir, admin } = fixture()
    const file = join(dir, 'utf8.csv')
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('Navn;Land\nKiosk Øst;NO\nKiosk '), Buffer.from([0xff]), Buffer.from('st;NO\nÆrø Is;DK\n')])
    )
    const done = importMerchantFile(db, admin, file, { commit: true })
    expect(done).toMatchObject({ encoding: 'utf-8', rows: 3, imported: 2, rejected: 1 })
    expect(done.rejects).toEqual([{ line: 3, reason: expect.stringMatching(/not valid UTF-8/) }])
    expect(db.prepare('SELECT name FROM merchants ORDER BY id').pluck().all()).toEqual(['Kiosk Øst', 'Ærø Is'])
  })

  it('completes a merchant that a transaction import created with only a name', () => {
    const { db, dir, admin } = fixture()
    db.prepare("INSERT INTO merchants (name, country, created_at) VALUES ('Sauna Shop', 'FI', 1)").run()
    const file = join(dir, 'fi.csv')
    writeFileSync(file, 'Nimi,Maa,Y-tunnus,Postinumero\nSauna Shop,Suomi,2077474-0,00100\n')
    expect(importMerchantFile(db, admin, file, { commit: true })).toMatchObject({ rows: 1, imported: 1, duplicates: 0 })
    expect(getMerchant(db, 1)).toMatchObject({ orgNumber: '2077474-0', postalCode: '00100' })
  })

  it('matches names and reps whatever the case of their Nordic letters', () => {
    const { db, dir, admin } = fixture()
    db.prepare("INSERT INTO merchants (name, country, created_at) VALUES ('Æblegården', 'DK', 1)").run()
    const rep = Number(db.prepare("INSERT INTO reps (name) VALUES ('Åse Ødegård')").run().lastInsertRowid)
    const reps = db.prepare('SELECT COUNT(*) AS n FROM reps').get()
    const file = join(dir, 'dk.csv')
    writeFileSync(
      file,
      'Navn;Land;CVR;Sælger\nÆBLEGÅRDEN;DK;13585628;ÅSE ØDEGÅRD\nØresund Is;DK;;åse  ødegård\nØRESUND IS;DK;;\n'
    )
    expect(importMerchantFile(db, admin, file, { commit: true })).toMatchObject({ rows: 3, imported: 2, duplicates: 1 })
    expect(db.prepare('SELECT name, org_number AS org, rep_id AS rep FROM merchants ORDER BY id').all()).toEqual([
      { name: 'Æblegården', org: '13585628', rep },
      { name: 'Øresund Is', org: null, rep }
    ])
    expect(db.prepare('SELECT COUNT(*) AS n FROM reps').get()).toEqual(reps)
  })

  it('exports CSV that reads back as duplicates of itself', () => {
    const { db, dir, admin } = fixture()
    createMerchant(db, admin, { name: 'Smørrebrød, "Hansen"', country: 'DK', orgNumber: '13585628', iban: 'DK5000400440116243' })
    createMerchant(db, admin, { name: 'Gamla Stan', country: 'SE', orgNumber: '5560581158', postalCode: '11122' })
    const file = join(dir, 'out.csv')
    expect(exportMerchantsCsv(db, file)).toEqual({ path: file, rows: 2 })
    const text = readFileSync(file, 'utf8')
    expect(text.split('\r\n')[1]).toContain('"Smørrebrød, ""Hansen""",DK,,,,,13585628')
    expect(text).toContain('556058-1158')
    expect(text).toContain('111 22')
    expect(importMerchantFile(db, admin, file, { commit: true })).toMatchObject({
      rows: 2,
      imported: 0,
      duplicates: 2,
      rejected: 0
    })
  })

  it('refuses a file without a name column and checks roles', () => {
    const { db, dir, admin, manager } = fixture()
    const file = join(dir, 'x.csv')
    writeFileSync(file, 'foo,bar\n1,2\n')
    expect(() => importMerchantFile(db, admin, file, { commit: false })).toThrow(
      'no merchant name column in the header (foo, bar)'
    )
    expect(() => importMerchantFile(db, manager, file, { commit: true })).toThrow('may not edit merchants')
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createContext } from '../../../src/core/context'
import type { Db } from '../../../src/core/db/open'
import { dashboard } from '../../../src/core/analytics/dashboard'
import { stats } from '../../../src/core/analytics/stats'
import { importRatesFile, importRatesText, parseEcb, parseNorgesBank, setManualRate } from '../../../src/core/fx/import'
import { tempPath } from '../tmp'
import { addBatch, addMerchant, noon } from './fixture'
import { loopTurnsDuring } from '../event-loop'

const fixture = (name: string) => join(__dirname, 'fixtures', name)
const rate = (db: Db, currency: string, day: string) =>
  db.prepare('SELECT nok_per_unit AS r, source, approximate FROM fx_rates WHERE currency = ? AND day = ?').get(currency, day) as
    { r: number; source: string; approximate: number } | undefined

describe('central bank rate files', () => {
  let db: Db
  beforeEach(() => {
    db = createContext({ dbPath: tempPath() }).db
  })

  it('reads Norges Bank exports: semicolons, decimal commas, UNIT_MULT 2 = per 100 units', () => {
    const parsed = parseNorgesBank(readFileSync(fixture('norges-bank-exr.csv'), 'utf8'))
    const get = (c: string, d: string) => parsed.rows.find((r) => r.currency === c && r.day === d)?.nokPerUnit
    expect(get('EUR', '2018-06-01')).toBe(9.5713)
    expect(get('SEK', '2018-06-04')).toBeCloseTo(0.9312, 10)
    expect(get('DKK', '2018-06-01')).toBeCloseTo(1.2853, 10)
    expect(get('CNY', '2018-06-01')).toBe(1.278)
    expect(parsed.rows.some((r) => r.currency === 'GBP')).toBe(false)
    expect(parsed.rows).toHaveLength(8)
    expect(parsed.skipped).toEqual([{ line: 9, reason: 'no rate for DKK on 2018-06-04' }])
  })

  it('reads the ECB reference rates and turns them into NOK per unit through the NOK column', () => {
    const parsed = parseEcb(readFileSync(fixture('eurofxref-hist.csv'), 'utf8'))
    const get = (c: string, d: string) => parsed.rows.find((r) => r.currency === c && r.day === d)?.nokPerUnit
    expect(get('EUR', '2018-06-01')).toBe(9.5713)
    expect(get('USD', '2018-06-01')).toBeCloseTo(9.5713 / 1.1675, 12)
    expect(get('DKK', '2018-06-04')).toBeCloseTo(9.5655 / 7.4434, 12)
    expect(get('CNY', '2018-06-04')).toBeCloseTo(9.5655 / 7.4975, 12)
    expect(parsed.rows).toHaveLength(10) // two days × EUR, USD, DKK, SEK, CNY; 31 May has no NOK rate
    expect(parsed.skipped).toEqual([{ line: 4, reason: 'no NOK rate on 2018-05-31' }])
  })

  it('saves imported rates, carries them over missing days, and every figure follows', async () => {
    const shop = addMerchant(db, 'København Sølv', 'DK')
    addBatch(db, [
      { merchantId: shop.id, at: noon('2018-06-02'), amount: 10000, currency: 'DKK', method: 'card', origin: 'domestic' }
    ])
    const summary = await importRatesFile(db, fixture('norges-bank-exr.csv'))
    expect(summary).toMatchObject({ format: 'norges-bank', saved: 8, currencies: ['CNY', 'DKK', 'EUR', 'SEK', 'USD'] })
    expect(rate(db, 'DKK', '2018-06-01')).toMatchObject({ source: 'norges-bank', approximate: 0 })
    const june2 = { preset: 'custom', from: '2018-06-02', to: '2018-06-02' } as const
    // 100 DKK on Saturday 2 June at Friday's 128.53 per 100
    expect(stats(db, { from: '2018-06-02', to: '2018-06-02' }).segments.card.gross).toBe('128.53')
    const d = dashboard(db, june2)
    expect(d.kpis.segments.card.gross).toBe('128.53')
    expect(d.fx).toMatchObject({ approximate: false, carriedForward: true })

    setManualRate(db, 'DKK', '2018-06-02', 1.3)
    expect(rate(db, 'DKK', '2018-06-02')).toMatchObject({ r: 1.3, source: 'manual' })
    expect(dashboard(db, june2).kpis.segments.card.gross).toBe('130.00')
    expect(stats(db, { from: '2018-06-02', to: '2018-06-02' }).segments.card.gross).toBe('130.00')

    const ecb = await importRatesFile(db, fixture('eurofxref-hist.csv'))
    expect(ecb).toMatchObject({ format: 'ecb', saved: 10, from: '2018-06-01', to: '2018-06-04' })
    expect(rate(db, 'USD', '2018-06-01')?.source).toBe('ecb')
  })

  it('refuses files it does not know and rates that make no sense, changing nothing', () => {
    const before = db.prepare('SELECT COUNT(*) AS n FROM fx_rates').get()
    expect(() => importRatesText(db, 'a,b,c\n1,2,3\n')).toThrow(/not a known rates file/)
    expect(() => importRatesText(db, 'Date,USD,NOK\n2018-06-01,N/A,N/A\n')).toThrow(/holds no rates/)
    expect(() => importRatesText(db, 'BASE_CUR;QUOTE_CUR;OBS_VALUE\nEUR;NOK;9\n', 'x.csv', 'norges-bank')).toThrow(/TIME_PERIOD/)
    expect(() => setManualRate(db, 'DKK', '2018-06-31', 1.2)).toThrow(/not a date/)
    expect(() => setManualRate(db, 'DKK', '2018-06-01', -1)).toThrow(/positive/)
    expect(() => setManualRate(db, 'GBP', '2018-06-01', 11)).toThrow(/rates are kept for/)
    expect(db.prepare('SELECT COUNT(*) AS n FROM fx_rates').get()).toEqual(before)
  })

  it('reads a long rates history as a stream, leaving the thread free between pieces', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kassa-fx-')), 'eurofxref-hist.csv')
    const lines = ['Date,USD,JPY,CNY,DKK,SEK,NOK,']
    for (let d = 0; d < 8_000; d++) {
      const day = new Date(Date.UTC(1950, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)
      lines.push(`${day},1.1${d % 10},130.1,7.8,7.45,10.2${d % 7},9.${(d % 90) + 10},`)
    }
    writeFileSync(file, '\uFEFF' + lines.join('\n') + '\n')
    const { value: summary, turns } = await loopTurnsDuring(() => importRatesFile(db, file))
    expect(summary).toMatchObject({ format: 'ecb', saved: 40_000, from: '1950-01-01' })
    expect(turns).toBeGreaterThan(10)
  })
})

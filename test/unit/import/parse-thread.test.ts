import { readdirSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyse } from '../../../src/core/import/analyse'
import { importFile } from '../../../src/core/import/pipeline'
import { parseRecords, type ParseEnd, type Parsed } from '../../../src/core/import/parsed-records'
import { parseOnThread, PARSE_THREAD_BYTES } from '../../../src/core/import/parse-thread'
import { FIXTURES, fixture, snapshot, tempStore } from './helpers'

function drain(records: Generator<Parsed, ParseEnd>): { items: Parsed[]; end: ParseEnd } {
  const items: Parsed[] = []
  for (;;) {
    const next = records.next()
    if (next.done) return { items, end: next.value }
    items.push(next.value)
  }
}

/** One fixture of each format, and the files with other encodings, quoted line breaks and rejects. */
const SHOWN = /fptrade|adyen|transactionItems|vipps|quoted|latin1|utf16|bom|pos-no/
const readable = readdirSync(FIXTURES)
  .filter((name) => SHOWN.test(name))
  .flatMap((name) => {
    try {
      return [analyse(fixture(name), { acceptDefaults: true })]
    } catch {
      return []
    }
  })

describe('parsing on a second thread', () => {
  it.each(readable.map((a) => [a.fileName, a] as const))('yields what parsing in place yields: %s', (_name, analysis) => {
    const thread = parseOnThread(analysis)
    expect(thread).toBeDefined()
    try {
      expect(drain(thread!.records)).toEqual(drain(parseRecords(analysis)))
    } finally {
      thread!.stop()
    }
  })

  it('a large file imports with its rejects and duplicates, and cancel leaves the store as it was', () => {
    const { db, write } = tempStore()
    const lines = ['Transaction ID;Date;Merchant;Store;Amount;Currency;Payment method;Card country;Fee']
    for (let i = 0; i < 80_000; i++) {
      const id = `L-${i}`
      const day = String(1 + (i % 28)).padStart(2, '0')
      lines.push(
        `${id};${day}.04.2018 10:${String(i % 60).padStart(2, '0')};Shop ${i % 7};${i % 3 ? `Avd ${i % 5}` : ''};${i % 997},${i % 100};NOK;${i % 2 ? 'Visa' : 'Alipay'};${i % 4 ? 'NO' : ''};${i % 11 ? '' : '1,00'}`
      )
      if (i % 1000 === 999) lines.push(lines[lines.length - 1])
      if (i % 5000 === 17) lines.push(`X-${i};31.02.2018;Shop 1;;1,00;NOK;Visa;NO;`)
      if (i % 7000 === 3) lines.push('')
    }
    const file = write('large.csv', lines.join('\n') + '\n')
    expect(statSync(file).size).toBeGreaterThan(PARSE_THREAD_BYTES)
    const before = snapshot(db)
    let progressed = 0
    expect(() =>
      importFile(db, file, {
        acceptDefaults: true,
        onProgress: (p) => (progressed = p.rows),
        isCancelled: () => progressed >= 8192
      })
    ).toThrow(expect.objectContaining({ code: 'cancelled' }))
    expect(snapshot(db)).toEqual(before)

    const result = importFile(db, file, { acceptDefaults: true })
    const dataLines = lines.length - 1 - lines.filter((l) => l === '').length
    expect(result).toMatchObject({ rows: dataLines, duplicates: 80, rejected: 16 })
    expect(result.imported).toBe(dataLines - 96)
    expect(result.rejects.every((r) => /31\.02\.2018/.test(r.reason))).toBe(true)
  }, 120_000)
})

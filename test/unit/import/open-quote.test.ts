import { spawnSync } from 'node:child_process'
import { closeSync, openSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../../src/core/db/open'
import { tempPath } from '../tmp'

const ROOT = join(__dirname, '../../..')
const MB = 1024 * 1024
/** The import's usual ceiling (docs/benchmarks.md: peak RSS of a 1,000,000-row import). */
const CEILING = 300 * MB
// Rows of 16 KB keep the row count, and so the test's time, low; a note column that is not read makes them long.
const NOTE = 'x'.repeat(16_000)

/** 300 MB: a header, line 2 with a quote it never closes, then the same block of 64 rows over and over. */
function writeFile(path: string): number {
  const fd = openSync(path, 'w')
  let bytes = writeSync(fd, 'Date;Merchant;Amount;Currency;Payment method;Card country;Note\n')
  bytes += writeSync(fd, '01.04.2018;"Kiosk Øst;100,00;NOK;Card;NO;open\n')
  const rows = Array.from({ length: 64 }, (_, i) => `02.04.2018;Kiosk Nord;${i + 1},00;NOK;Alipay;;${NOTE}\n`)
  const block = Buffer.from(rows.join(''))
  let written = 0
  for (; bytes < 300 * MB; written += rows.length) bytes += writeSync(fd, block)
  closeSync(fd)
  return written
}

describe('a 300 MB file with an unterminated quote on line 2', () => {
  it('imports every line after it in bounded memory; the quoted line alone is rejected, stored as that one line', () => {
    const file = tempPath('open-quote.csv')
    const rows = writeFile(file)
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'open-quote-child.ts'), file, join(dirname(file), 'store.sqlite')],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect(run.stderr).toBe('')
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ rows: rows + 1, imported: rows, rejected: 1 })
    expect(result.rejects).toEqual([{ line: 2, reason: expect.stringMatching(/quote opened on this line is not closed/) }])
    expect(result.maxRss).toBeLessThan(CEILING)
    const store = openDb(join(dirname(file), 'store.sqlite'))
    expect(store.prepare('SELECT raw FROM import_rejects WHERE line = 2').pluck().get()).toBe(
      '01.04.2018;"Kiosk Øst;100,00;NOK;Card;NO;open'
    )
    store.close()
  }, 300_000)
})

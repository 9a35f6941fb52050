// Every command checks its options with the zod schema of the route it mirrors (src/core/routes/schemas.ts) and
// names the flag when it refuses one, before it opens the store.
import { existsSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { tempPath } from '../tmp'

async function kassa(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true))
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    return { code: await main(args), stderr }
  } finally {
    e.mockRestore()
    o.mockRestore()
  }
}

describe('kassa refuses a bad option with the route’s own rule', () => {
  it.each([
    [['demo', '--transactions', 'many'], 'kassa demo: --transactions "many" must be a number'],
    [['demo', '--transactions', '0'], 'kassa demo: --transactions "0" must be at least 1'],
    [['demo', '--finland-live', '2019-02-30'], 'kassa demo: --finland-live "2019-02-30" is not a date as YYYY-MM-DD'],
    [['stats', '--to', '2019-13-01'], 'kassa stats: --to "2019-13-01" is not a date as YYYY-MM-DD'],
    [
      ['stats', '--card-origin', 'cn,mars'],
      'kassa stats: --card-origin must be one of domestic, cn, foreign, unknown, not "mars"'
    ],
    [['stats', '--currency', 'btc'], 'kassa stats: --currency must be one of NOK, DKK, SEK, EUR, USD, CNY, not "BTC"'],
    [
      ['report', '--type', 'tourism', '--from', '2018-07-01', '--to', '2018-06-01', '--out', 'x.csv'],
      'kassa report: --to: the period ends before it starts (--from is after --to)'
    ],
    [
      ['report', '--type', 'statement', '--from', '2018-06-01', '--to', '2018-06-30', '--out', 'x.csv'],
      'kassa report: --merchant: a statement needs a merchant (--merchant NAME)'
    ],
    [['report', '--from', '2018-06-01', '--to', '2018-06-30', '--out', 'x.csv'], 'kassa report: --type is required'],
    [
      ['import', 'sales.csv', '--encoding', 'latin1'],
      'kassa import: --encoding must be one of utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, not "latin1"'
    ],
    [['import', 'sales.csv', '--merchant', ' '], 'kassa import: --merchant must not be empty'],
    [['import', 'sales.csv', '--format', 'excel'], 'kassa import: --format must be one of auto, csv'],
    [
      ['merchants', 'import', 'shops.csv', '--country', 'de'],
      'kassa merchants import: --country must be one of DK, NO, SE, FI, not "DE"'
    ],
    [
      ['merchants', 'export', 'shops.csv', '--country', 'uk'],
      'kassa merchants export: --country must be one of DK, NO, SE, FI, not "UK"'
    ]
  ])('%j', async (args, message) => {
    const db = tempPath()
    const r = await kassa(...args, '--db', db)
    expect(r.stderr.startsWith(message), r.stderr).toBe(true)
    expect(r.code).toBe(2)
    expect(existsSync(db)).toBe(false)
  })

  it('says how to use a command given the wrong arguments, with exit code 2', async () => {
    const r = await kassa('backup')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^kassa backup: give one backup file\n\nUsage: kassa backup FILE/)
  })
})

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { fixtureStore } from './fixture'

const ctx = fixtureStore()
ctx.db.close()
const out = mkdtempSync(join(tmpdir(), 'kassa-report-out-'))
afterAll(() => vi.restoreAllMocks())

async function kassa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true))
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true))
  try {
    const code = await main([...args, '--db', ctx.dbPath])
    return { code, stdout, stderr }
  } finally {
    o.mockRestore()
    e.mockRestore()
  }
}

const june = ['--from', '2018-06-01', '--to', '2018-06-30']

describe('kassa report', () => {
  it('writes a CSV statement whose totals equal kassa stats --json for the same filters', async () => {
    const file = join(out, 'statement.csv')
    const r = await kassa('report', '--type', 'statement', '--merchant', 'Fjord Gaver', ...june, '--format', 'csv', '--out', file)
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toContain(`wrote ${file}`)
    const s = JSON.parse((await kassa('stats', '--json', '--merchant', 'Fjord Gaver', ...june)).stdout)
    const csv = readFileSync(file, 'utf8')
    const row = (label: string) =>
      csv
        .split('\r\n')
        .find((l) => l.startsWith(label + ','))!
        .split(',')
    expect(row('Alipay').slice(1, 5)).toEqual([
      String(s.segments.alipay.count),
      s.segments.alipay.gross,
      s.segments.alipay.refunds,
      s.segments.alipay.net
    ])
    expect(row('Domestic cards').slice(1, 5)).toEqual([
      String(s.segments.card_domestic.count),
      s.segments.card_domestic.gross,
      s.segments.card_domestic.refunds,
      s.segments.card_domestic.net
    ])
    const total = row('Total')
    expect(Number(total[2])).toBeCloseTo(Number(s.segments.alipay.gross) + Number(s.segments.card.gross), 2)
  })

  it('portfolio for a country in EUR matches kassa stats --country --currency', async () => {
    const file = join(out, 'portfolio.csv')
    expect(
      (await kassa('report', '--type', 'portfolio', '--country', 'dk', ...june, '--currency', 'EUR', '--out', file)).code
    ).toBe(0)
    const s = JSON.parse((await kassa('stats', '--json', '--country', 'DK', '--currency', 'EUR', ...june)).stdout)
    const csv = readFileSync(file, 'utf8')
    expect(csv).toContain(`Alipay average ticket,${s.segments.alipay.average}`)
    expect(csv).toContain(`Alipay,${s.segments.alipay.count},${s.segments.alipay.gross},${s.segments.alipay.average},`)
  })

  it('fails with a clear message and leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-report-fail-'))
    const target = join(dir, 'x.html')
    const unknown = await kassa('report', '--type', 'statement', '--merchant', 'Nope', ...june, '--out', target)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toBe('kassa report: no merchant named "Nope"\n')
    const empty = await kassa(
      'report',
      '--type',
      'statement',
      '--merchant',
      'Fjord Gaver',
      '--from',
      '2019-01-01',
      '--to',
      '2019-01-31',
      '--out',
      target
    )
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('no sales for "Fjord Gaver" between 2019-01-01 and 2019-01-31')
    const missingDir = await kassa('report', '--type', 'portfolio', ...june, '--out', join(dir, 'no', 'such', 'x.xlsx'))
    expect(missingDir.code).toBe(1)
    expect(missingDir.stderr).toContain('does not exist')
    const intoFolder = await kassa('report', '--type', 'portfolio', ...june, '--format', 'html', '--out', dir)
    expect(intoFolder.code).toBe(1)
    expect(intoFolder.stderr).toContain('it is a folder')
    const badFormat = await kassa('report', '--type', 'portfolio', ...june, '--out', join(dir, 'x.doc'))
    expect(badFormat.code).toBe(2)
    expect(badFormat.stderr).toContain('--format must be one of html, csv, xlsx, pdf')
    expect(readdirSync(dir)).toEqual([])
    expect(existsSync(target)).toBe(false)
  })

  it('explains its options with --help and appears in the overview', async () => {
    expect((await kassa('report', '--help')).stdout).toContain('--type statement|portfolio|pipeline|tourism')
    const overview = await kassa('--help')
    expect(overview.stdout).toMatch(/report\s+write a statement/)
  })
})

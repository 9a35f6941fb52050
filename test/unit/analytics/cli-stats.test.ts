import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { createContext } from '../../../src/core/context'
import { generateDemo } from '../../../src/core/demo/generate'
import { fromDecimal } from '../../../src/core/money/decimal'

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true))
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true))
  try {
    const code = await main(args)
    return { code, out, err }
  } finally {
    o.mockRestore()
    e.mockRestore()
  }
}

type Seg = { count: number; gross: string; refunds: string; net: string; average: string }

describe('kassa stats --by, --method, --card-origin', () => {
  // One store for the whole file (tempPath() folders are removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'kassa-cli-stats-'))
  const db = join(dir, 'kassa.sqlite')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeAll(() => {
    const ctx = createContext({ dbPath: db })
    generateDemo(ctx.db, { transactions: 20_000, seed: 11 })
    ctx.db.close()
  })

  it('keeps the foundation JSON shape without --by', async () => {
    const r = await run(['stats', '--db', db, '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(Object.keys(json)).toEqual(['currency', 'from', 'to', 'segments'])
    expect(Object.keys(json.segments.alipay)).toEqual(['count', 'gross', 'refunds', 'net', 'average'])
  })

  for (const by of ['country', 'merchant', 'month', 'week', 'day']) {
    it(`--by ${by}: rows add up to the total to the øre, in SEK too`, async () => {
      for (const currency of ['NOK', 'SEK']) {
        const args = ['--db', db, '--json', '--currency', currency, '--from', '2018-05-17', '--to', '2019-09-12']
        const total = JSON.parse((await run(['stats', ...args])).out)
        const r = await run(['stats', ...args, '--by', by])
        expect(r.code).toBe(0)
        const json = JSON.parse(r.out) as { currency: string; rows: { key: string; segments: Record<string, Seg> }[] }
        expect(Object.keys(json)).toEqual(['currency', 'rows'])
        expect(json.currency).toBe(currency)
        expect(json.rows.length).toBeGreaterThan(1)
        for (const [name, seg] of Object.entries(total.segments as Record<string, Seg>)) {
          const sum = (k: 'gross' | 'refunds' | 'net') =>
            json.rows.reduce((s, row) => s + fromDecimal(row.segments[name][k], currency), 0)
          expect(json.rows.reduce((s, row) => s + row.segments[name].count, 0)).toBe(seg.count)
          expect(sum('gross')).toBe(fromDecimal(seg.gross, currency))
          expect(sum('refunds')).toBe(fromDecimal(seg.refunds, currency))
          expect(sum('net')).toBe(fromDecimal(seg.net, currency))
        }
      }
    })
  }

  it('keys months, ISO weeks by their Monday, and merchants by name', async () => {
    const months = JSON.parse((await run(['stats', '--db', db, '--json', '--by', 'month'])).out).rows.map(
      (r: { key: string }) => r.key
    )
    expect(months[0]).toBe('2018-03')
    expect(months).toEqual([...months].sort())
    const weeks = JSON.parse((await run(['stats', '--db', db, '--json', '--by', 'week'])).out).rows.map(
      (r: { key: string }) => r.key
    )
    for (const w of weeks) expect(new Date(w + 'T00:00:00Z').getUTCDay()).toBe(1)
    const merchants = JSON.parse((await run(['stats', '--db', db, '--json', '--by', 'merchant', '--country', 'NO'])).out).rows
    expect(merchants.map((r: { key: string }) => r.key)).toContain('Bryggen Husflid')
  })

  it('filters by method and card origin', async () => {
    const get = async (...extra: string[]) => JSON.parse((await run(['stats', '--db', db, '--json', ...extra])).out).segments
    const all = await get()
    const cn = await get('--card-origin', 'cn')
    expect(cn.card).toEqual(all.card_cn)
    expect(cn.alipay).toEqual(all.alipay) // Alipay is not a card: a card-origin filter keeps it
    const alipay = await get('--method', 'alipay')
    expect(alipay.card.count).toBe(0)
    expect(alipay.chinese_customers).toEqual(all.alipay)
    const both = await get('--method', 'card', '--card-origin', 'domestic,foreign')
    expect(both.card.count).toBe(all.card_domestic.count + all.card_foreign.count)
  })

  it('refuses unknown --by, --method and --card-origin values with exit code 2', async () => {
    for (const bad of [
      ['--by', 'year'],
      ['--method', 'cash'],
      ['--card-origin', 'mars']
    ]) {
      const r = await run(['stats', '--db', db, ...bad])
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/must be one of/)
    }
  })
})

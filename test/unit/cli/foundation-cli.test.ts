import { execFileSync, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { tempPath } from '../tmp'

const kassa = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/kassa.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } })

describe('kassa demo and kassa stats', () => {
  it('fills a store and prints the stats contract', () => {
    const db = tempPath()
    const demo = kassa(['demo', '--db', db, '--transactions', '20000', '--seed', '3'])
    expect(demo.status, demo.stderr).toBe(0)
    const out = JSON.parse(execFileSync(process.execPath, ['bin/kassa.mjs', 'stats', '--db', db, '--json'], { encoding: 'utf8' }))
    expect(Object.keys(out)).toEqual(['currency', 'from', 'to', 'segments'])
    expect(out.currency).toBe('NOK')
    expect(out.from).toBe('2018-03-26')
    expect(Object.keys(out.segments)).toEqual(['alipay', 'card', 'card_domestic', 'card_cn', 'card_foreign', 'chinese_customers'])
    for (const segment of Object.values(out.segments) as Record<string, unknown>[]) {
      expect(Object.keys(segment)).toEqual(['count', 'gross', 'refunds', 'net', 'average'])
      expect(segment.gross).toMatch(/^\d+\.\d{2}$/)
    }
    expect(Math.abs(Number(out.segments.alipay.average) / 4000 - 1)).toBeLessThan(0.1)
    expect(Math.abs(Number(out.segments.card_domestic.average) / 338 - 1)).toBeLessThan(0.1)

    const viaEnv = kassa(['stats', '--json', '--country', 'NO', '--currency', 'EUR'], { KASSA_DB: db })
    expect(viaEnv.status).toBe(0)
    expect(JSON.parse(viaEnv.stdout).currency).toBe('EUR')
  })

  it('fails with a message on stderr for bad input', () => {
    const db = tempPath()
    expect(kassa(['demo', '--db', db, '--transactions', '500']).status).toBe(0)
    const unknown = kassa(['stats', '--db', db, '--merchant', 'Nobody'])
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).toMatch(/no merchant named "Nobody"/)
    const badDate = kassa(['stats', '--db', db, '--from', '2019-02-30'])
    expect(badDate.status).not.toBe(0)
    expect(badDate.stderr).toMatch(/not a date/)
    const again = kassa(['demo', '--db', db])
    expect(again.status).not.toBe(0)
    expect(again.stderr).toMatch(/already holds demo data/)
    expect(kassa(['nonsense']).status).not.toBe(0)
  })

  it('has --help on every command', () => {
    for (const command of ['demo', 'stats']) {
      const help = kassa([command, '--help'])
      expect(help.status).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`Usage: kassa ${command}`))
    }
    expect(kassa(['--help']).stdout).toMatch(/Commands:/)
  })
})

// Control characters in names from imported files reach the terminal escaped, never as raw escape sequences.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { printable } from '../../../src/cli/terminal'
import { tempPath } from '../tmp'

const kassa = (...args: string[]) => spawnSync(process.execPath, ['bin/kassa.mjs', ...args], { encoding: 'utf8' })

const CLEAR_SCREEN = '\u001b[2J\u001b[H'
const RETITLE = '\u001b]0;owned\u0007'
const EVIL = `Evil${CLEAR_SCREEN}Shop\u202eten`
// What a terminal would act on: C0/C1 controls (but line breaks) and bidirectional overrides.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('CLI text output', () => {
  it('shows control characters in merchant names and rejected lines escaped, and --json keeps them exact', () => {
    const db = tempPath()
    const file = join(db, '..', `sales${RETITLE}.csv`)
    writeFileSync(
      file,
      [
        'date,amount,currency,merchant,method',
        `2018-06-01 10:00,100.00,NOK,${EVIL},card`,
        `2018-06-01 11:00,100.00,X${RETITLE},Fjord Gaver,alipay`
      ].join('\n')
    )
    const imported = kassa('import', file, '--db', db)
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stdout).not.toMatch(RAW_CONTROL)
    expect(imported.stdout).toContain('\\e]0;owned\\u0007')

    const list = kassa('merchants', 'list', '--db', db)
    expect(list.stdout).not.toMatch(RAW_CONTROL)
    expect(list.stdout).toContain('Evil\\e[2J\\e[HShop\\u202eten')

    const byMerchant = kassa('stats', '--db', db, '--by', 'merchant')
    expect(byMerchant.stdout).not.toMatch(RAW_CONTROL)
    expect(byMerchant.stdout).toContain('Evil\\e[2J\\e[HShop\\u202eten')

    const unknown = kassa('stats', '--db', db, '--merchant', `Nobody${CLEAR_SCREEN}`)
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).not.toMatch(RAW_CONTROL)
    expect(unknown.stderr).toContain('Nobody\\e[2J\\e[H')

    const json = JSON.parse(kassa('merchants', 'list', '--db', db, '--json').stdout) as { merchants: { name: string }[] }
    expect(json.merchants.map((m) => m.name)).toContain(EVIL)
  })

  it('escapes every control character and nothing else', () => {
    expect(printable('Fjord Gaver · Østerbro Kiosk · 北欧')).toBe('Fjord Gaver · Østerbro Kiosk · 北欧')
    expect(printable('a\tb\r\nc\u0000d\u009be\u2066f')).toBe('a\\tb\\r\\nc\\u0000d\\u009be\\u2066f')
  })
})

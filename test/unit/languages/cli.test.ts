// `kassa report --locale` takes every language and refuses others with the list.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { fixtureStore } from '../reports/fixture'

const ctx = fixtureStore()
ctx.db.close()
const out = mkdtempSync(join(tmpdir(), 'kassa-languages-cli-'))
afterAll(() => vi.restoreAllMocks())

async function kassa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true))
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true))
  try {
    return { code: await main([...args, '--db', ctx.dbPath]), stdout, stderr }
  } finally {
    o.mockRestore()
    e.mockRestore()
  }
}

const statement = ['report', '--type', 'statement', '--merchant', 'Fjord Gaver', '--from', '2018-06-01', '--to', '2018-06-30']

describe('kassa report --locale', () => {
  it.each([
    ['da', 'Salgsopgørelse for forretning', '<html lang="da">', '10.688,00\u00a0NOK'],
    ['sv', 'Försäljningsrapport för säljställe', '<html lang="sv">', '10\u00a0688,00\u00a0Nkr'],
    ['fi', 'Kauppiaan myyntiraportti', '<html lang="fi">', '10\u00a0688,00\u00a0NOK'],
    ['zh', '商户对账单', '<html lang="zh-CN">', 'NOK\u00a010,688.00']
  ])('%s writes the statement in that language', async (locale, title, lang, gross) => {
    const file = join(out, `statement-${locale}.html`)
    const r = await kassa(...statement, '--locale', locale, '--out', file)
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toContain(title)
    const html = readFileSync(file, 'utf8')
    expect(html).toContain(lang)
    expect(html).toContain(`>${gross}<`)
  })

  it('refuses a language Kassa does not speak, naming those it does', async () => {
    const r = await kassa(...statement, '--locale', 'de', '--out', join(out, 'de.html'))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('kassa report: --locale must be one of en, nb, da, sv, fi, zh, not "de"\n')
  })
})

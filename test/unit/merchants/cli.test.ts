import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const kassa = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/kassa.mjs'), ...args], { encoding: 'utf8', cwd: ROOT })

describe('kassa merchants import / list', () => {
  it('prints the documented JSON with rejects by line, and the list carries the onboarding fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-merchants-cli-'))
    const db = join(dir, 'store.sqlite')
    const file = join(dir, 'leads.csv')
    const lines = ['Butikk,Land,Orgnr,Selger']
    for (let i = 2; i <= 11; i++) lines.push(i === 2 ? 'Nordlys Suvenir,NO,988 077 917,Kari' : `Shop ${i},Norway,,`)
    lines.push('Feil AS,NO,988077918,Kari', 'Berlin Laden,DE,,', 'Nordlys again,NO,988077917,')
    writeFileSync(file, lines.join('\n') + '\n')

    const run = kassa('merchants', 'import', file, '--db', db, '--json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          file: 'leads.csv',
          rows: 13,
          imported: 10,
          duplicates: 1,
          rejected: 2,
          rejects: [
            { line: 12, reason: '988077918 fails the Norwegian organisasjonsnummer check digit' },
            {
              line: 13,
              reason: 'country DE is not supported: Kassa onboards merchants in Denmark, Norway, Sweden and Finland only'
            }
          ]
        }
      ]
    })

    const list = kassa('merchants', 'list', '--db', db, '--json')
    expect(list.status).toBe(0)
    const nordlys = JSON.parse(list.stdout).merchants.find((m: { name: string }) => m.name === 'Nordlys Suvenir')
    expect(nordlys).toMatchObject({
      country: 'NO',
      orgNumber: '988077917',
      businessId: '988 077 917',
      stage: 'lead',
      rep: 'Kari',
      daysInStage: 0
    })
    expect(Object.keys(nordlys)).toEqual(expect.arrayContaining(['id', 'name', 'country', 'orgNumber', 'stage', 'stageSince']))

    const out = join(dir, 'out.csv')
    const exported = kassa('merchants', 'export', out, '--db', db)
    expect(exported.stdout).toBe(`merchants export: 10 merchants to ${out}\n`)
    const again = kassa('merchants', 'import', out, '--db', db, '--json')
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ rows: 10, imported: 0, duplicates: 10, rejected: 0 })
  })

  it('fails with exit 1 and a reason when a file has no name column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-merchants-cli-'))
    const file = join(dir, 'x.csv')
    writeFileSync(file, 'foo;bar\n1;2\n')
    const run = kassa('merchants', 'import', file, '--db', join(dir, 's.sqlite'))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('no merchant name column in the header (foo, bar); nothing from this file was written')
  })
})

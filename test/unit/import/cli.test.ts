import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, createWriteStream, existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../../src/core/db/open'
import { fixture, snapshot, tempStore } from './helpers'

const ROOT = join(__dirname, '../../..')
const kassa = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/kassa.mjs'), ...args], { encoding: 'utf8', cwd: ROOT })

describe('kassa import', () => {
  it('prints the documented JSON, exits 0 with rejects, and lists merchants', () => {
    const { dir } = tempStore()
    const db = join(dir, 'store.sqlite')
    const run = kassa('import', fixture('dk-latin1.csv'), '--db', db, '--json')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          file: 'dk-latin1.csv',
          format: 'csv',
          encoding: 'windows-1252',
          rows: 8,
          imported: 6,
          duplicates: 0,
          rejected: 2,
          rejects: [
            { line: 6, reason: 'date "30.02.2018" does not exist' },
            { line: 7, reason: 'amount "12,3,4" is not a number' }
          ],
          segments: { alipay: 0, card_domestic: 2, card_cn: 2, card_foreign: 1, card_unknown: 1, other: 0 },
          // Every column is named with its role and how that was decided (here all by header, the values agreeing).
          columns: [
            ['Dato', 'date'],
            ['Tid', 'time'],
            ['Brugersted', 'merchant'],
            ['Butik', 'store'],
            ['Terminal', 'terminal'],
            ['Beløb', 'amount'],
            ['Valuta', 'currency'],
            ['Betalingsmåde', 'method'],
            ['Kortland', 'cardCountry'],
            ['Status', 'status']
          ].map(([header, role], index) => ({
            index,
            header,
            role,
            decided: 'header',
            // 7 of the 8 amounts read as numbers ("12,3,4" does not).
            confidence: role === 'amount' ? 0.88 : 1
          }))
        }
      ]
    })
    const list = kassa('merchants', 'list', '--db', db, '--json')
    expect(list.status).toBe(0)
    expect(
      JSON.parse(list.stdout)
        .merchants.map((m: { name: string; country: string }) => [m.name, m.country])
        .sort()
    ).toEqual([
      ['Søstrene Østergård', 'DK'],
      ['Æblegården', 'DK']
    ])
  })

  it('fails clearly on unreadable, binary and unrecognised files and writes nothing from them', () => {
    const { dir, write } = tempStore()
    const db = join(dir, 'store.sqlite')
    const odd = write('odd.csv', 'foo;bar\n1;2\n')
    for (const file of [join(dir, 'missing.csv'), fixture('garbage.bin'), odd, fixture('empty.csv')]) {
      const run = kassa('import', file, '--db', db)
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(/nothing from this file was written/)
    }
    const run = kassa('import', fixture('garbage.bin'), fixture('se-bom.csv'), '--db', db, '--dry-run', '--json')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/garbage\.bin: the file is not text/)
    expect(JSON.parse(run.stdout).files[1]).toMatchObject({ file: 'se-bom.csv', rows: 4, imported: 4 })
    const store = openDb(db)
    expect(store.prepare('SELECT COUNT(*) AS n FROM import_batches').get()).toEqual({ n: 0 })
    store.close()
  })
})

async function bigFile(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path)
  out.write('Transaction ID;Date;Time;Merchant;Amount;Currency;Method\n')
  for (let i = 0; i < rows; i += 1000) {
    let chunk = ''
    for (let j = i; j < Math.min(rows, i + 1000); j++)
      chunk += `K-${j};2018-04-${String(1 + (j % 28)).padStart(2, '0')};12:${String(j % 60).padStart(2, '0')}:00;Kill Shop ${j % 7};${(j % 5000) + 1},50;NOK;Visa\n`
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
}

describe('kassa import options', () => {
  it('--format overrides detection, --profile names a saved mapping, --dry-run writes nothing', () => {
    const { dir, write } = tempStore()
    const db = join(dir, 'store.sqlite')
    // An Alipay file read as plain CSV: its columns map by name, its P/L/F statuses mean nothing there.
    const forced = kassa(
      'import',
      fixture('2088123456789012_fptrade_20180405.csv'),
      '--db',
      db,
      '--format',
      'csv',
      '--accept-defaults',
      '--json'
    )
    expect(forced.status).toBe(0)
    expect(JSON.parse(forced.stdout).files[0]).toMatchObject({ format: 'csv', rows: 5, imported: 0, rejected: 5 })
    expect(JSON.parse(forced.stdout).files[0].rejects[0]).toEqual({ line: 2, reason: 'status "L" is not recognised' })
    // A format the file shows no sign of would reject or pass over every line: the command says so and writes nothing.
    const unfit = kassa('import', fixture('se-bom.csv'), '--db', db, '--format', 'antom')
    expect(unfit.status).toBe(1)
    expect(unfit.stderr).toContain(
      'se-bom.csv: it is not an Antom transactionItems file: its first line names no transactionId, transactionAmountValue and transactionCurrency columns'
    )
    const missing = kassa('import', fixture('se-bom.csv'), '--db', db, '--profile', 'Nope')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('there is no import profile named "Nope"')
    expect(kassa('import', fixture('se-bom.csv'), '--db', db, '--format', 'excel').status).toBe(2)
    const dry = kassa('import', fixture('se-bom.csv'), '--db', db, '--dry-run')
    expect(dry.stdout).toContain('se-bom.csv: csv, utf-8-bom: 4 rows, would import 4, 0 duplicates, 0 rejected')
    const vipps = kassa('import', fixture('vipps-settlement-2018-04.csv'), '--db', db)
    expect(vipps.stdout).toContain('vipps-settlement-2018-04.csv: vipps, utf-8: 4 rows, imported 3, 0 duplicates, 1 rejected')
    expect(vipps.stdout).toContain(
      'note: 5 lines are not sales or refunds (fees, payouts, summaries, headings, end markers) and were passed over'
    )
    const one = write('one.csv', 'Date;Amount;Currency;Shop;Method\n01.04.2019;1,00;NOK;Kiosk;Kort\n')
    kassa('import', one, '--db', db)
    expect(kassa('import', one, '--db', db).stdout).toBe(
      'one.csv: csv, utf-8: 1 row, imported 0, 1 duplicate, 0 rejected\n' +
        '  by segment: Alipay 0, domestic cards 0, Chinese cards 0, other foreign cards 0, cards of unknown origin 1, other methods 0\n' +
        '  columns: "Date" → date (header 100%); "Amount" → amount (header 100%); "Currency" → currency (header 100%); ' +
        '"Shop" → merchant (header 100%); "Method" → method (header 100%)\n'
    )
    const file = write('x.csv', 'a;b\n')
    expect(kassa('import', file, '--db', db).stderr).toContain('no recognisable format')
  })
})

describe('kassa import on a terminal', () => {
  // util-linux `script` gives the command a pseudo-terminal, as a user's shell would.
  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript)('shows a progress line that moves as rows go in, then clears it for the summary', async () => {
    const { dir } = tempStore()
    const big = join(dir, 'big.csv')
    await bigFile(big, 20_000)
    const command = [process.execPath, join(ROOT, 'bin/kassa.mjs'), 'import', big, '--db', join(dir, 'store.sqlite')]
    const run = spawnSync('script', ['-q', '-e', '-c', command.map((a) => `'${a}'`).join(' '), '/dev/null'], {
      encoding: 'utf8',
      cwd: ROOT
    })
    expect(run.status).toBe(0)
    const progress = [...run.stdout.matchAll(/big\.csv: ([\d,]+) rows, [\d.]+ of [\d.]+ MB \((\d+)%\)/g)].map((m) => ({
      rows: Number(m[1].replace(/,/g, '')),
      percent: Number(m[2])
    }))
    expect(progress.map((p) => p.rows)).toEqual([4096, 8192, 12288, 16384, 20000])
    expect(progress[0].percent).toBeLessThan(100)
    const summary = run.stdout.indexOf('big.csv: csv, utf-8: 20,000 rows, imported 20,000')
    expect(summary).toBeGreaterThan(run.stdout.lastIndexOf('rows/s'))
    expect(run.stdout.slice(0, summary).endsWith('\r\x1b[K')).toBe(true)
  })
})

describe('killed during import', () => {
  it('leaves the store unchanged and a re-import equals an uninterrupted run', async () => {
    const { dir, db, ctx } = tempStore()
    const { importFile } = await import('../../../src/core/import/pipeline')
    importFile(db, fixture('se-bom.csv'))
    const before = snapshot(db)
    db.close()
    const storePath = ctx.dbPath
    const reference = join(dir, 'reference.sqlite')
    copyFileSync(storePath, reference)
    const big = join(dir, 'big.csv')
    await bigFile(big, 400_000)

    const child = spawn(process.execPath, [join(ROOT, 'bin/kassa.mjs'), 'import', big, '--db', storePath], {
      cwd: ROOT,
      stdio: 'ignore'
    })
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
    const wal = storePath + '-wal'
    // Kill once the import has spilled a few MB of uncommitted pages into the WAL.
    for (let i = 0; i < 3000 && child.exitCode === null; i++) {
      if (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) break
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(child.exitCode).toBeNull()
    child.kill('SIGKILL')
    await exited

    const after = openDb(storePath)
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(snapshot(after)).toEqual(before)
    const resumed = importFile(after, big)
    const ref = openDb(reference)
    const uninterrupted = importFile(ref, big)
    expect({ ...resumed, durationMs: 0 }).toEqual({ ...uninterrupted, durationMs: 0 })
    expect(resumed).toMatchObject({ rows: 400_000, imported: 400_000 })
    const rows = (d: typeof ref) =>
      d.prepare('SELECT merchant_id, occurred_at, amount, external_id FROM transactions ORDER BY id').all()
    expect(rows(after)).toEqual(rows(ref))
    after.close()
    ref.close()
  }, 180_000)
})

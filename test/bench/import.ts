import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeTerminalCsv } from './import-data'

const nf = new Intl.NumberFormat('en')
const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '../..')

/** Runs a child script of this folder in its own process (so its peak RSS is its own); returns its JSON line. */
function child<T>(script: string, ...args: string[]): T {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as T
}

/**
 * `npm run bench -- import`: a generated terminal export (1,000,000 rows by default,
 * BENCH_IMPORT_ROWS to change) imported through the real pipeline into a fresh store, against
 * the sqlite3 shell's `.import` of the same file into a table with a primary key. Also times the stored rows
 * copied by SQL alone into a fresh store (the part of the import no parsing or rollup code can take away), the
 * same rows bound from memory through the import's statements (what handing them to SQLite from JavaScript costs),
 * and `kassa import` of the file as a user runs it.
 */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000)
  const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-import-'))
  try {
    const file = join(dir, 'terminal.csv')
    await writeTerminalCsv(file, rows)
    const mb = statSync(file).size / 1e6

    const store = join(dir, 'store.sqlite')
    const r = child<{ ms: number; imported: number; maxRss: number }>('import-child.ts', file, store)
    if (r.imported !== rows) throw new Error(`imported ${r.imported} of ${rows} rows`)
    const floor = child<{ ms: number; rows: number }>('import-floor.ts', store, join(dir, 'floor.sqlite'))
    if (floor.rows !== rows) throw new Error(`the SQL-only copy holds ${floor.rows} of ${rows} rows`)
    const bound = child<{ ms: number; rows: number }>('import-bind-floor.ts', store, join(dir, 'bound.sqlite'))
    if (bound.rows !== rows) throw new Error(`the bound copy holds ${bound.rows} of ${rows} rows`)
    const cli = child<{ ms: number; imported: number; maxRss: number }>('import-cli-child.ts', file, join(dir, 'cli.sqlite'))
    if (cli.imported !== rows) throw new Error(`kassa import imported ${cli.imported} of ${rows} rows`)
    const seconds = r.ms / 1000

    let reference = 'sqlite3 shell not installed'
    let ratio = 'n/a'
    let floorRatio = 'n/a'
    let boundRatio = 'n/a'
    const ddl =
      'CREATE TABLE t (id TEXT PRIMARY KEY, date TEXT, time TEXT, merchant TEXT, store TEXT, terminal TEXT, amount TEXT, currency TEXT, method TEXT, card_country TEXT);'
    const t0 = performance.now()
    const shell = spawnSync('sqlite3', [join(dir, 'reference.sqlite'), ddl, '.separator ;', `.import --skip 1 ${file} t`], {
      encoding: 'utf8'
    })
    const refSeconds = (performance.now() - t0) / 1000
    if (!shell.error && shell.status === 0) {
      reference = `sqlite3 .import ${refSeconds.toFixed(1)} s`
      ratio = (seconds / refSeconds).toFixed(2)
      floorRatio = (floor.ms / 1000 / refSeconds).toFixed(2)
      boundRatio = (bound.ms / 1000 / refSeconds).toFixed(2)
    } else if (!shell.error) reference = `sqlite3 .import failed: ${shell.stderr.trim()}`

    return (
      `import: ${nf.format(rows)} rows (${mb.toFixed(0)} MB) in ${seconds.toFixed(1)} s (${nf.format(Math.round(rows / seconds))} rows/s), ` +
      `peak RSS ${Math.round(r.maxRss / 1e6)} MB; ${reference}; ratio ${ratio}\n` +
      `  the same rows copied by SQL alone into Kassa's tables and indexes (no parsing, no rollups): ` +
      `${(floor.ms / 1000).toFixed(1)} s; ratio ${floorRatio}\n` +
      `  the same rows bound from memory through the import's own statements (no parsing, no rollups): ` +
      `${(bound.ms / 1000).toFixed(1)} s; ratio ${boundRatio}\n` +
      `  kassa import of the file: ${(cli.ms / 1000).toFixed(1)} s, ` +
      `peak RSS ${Math.round(cli.maxRss / 1e6)} MB`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

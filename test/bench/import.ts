import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SHAPES, type Shape } from './import-shapes'

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

/** Seconds the sqlite3 shell takes to `.import` the file into a table with a text primary key; null without the shell. */
function sqliteImport(shape: Shape, file: string, store: string): number | null {
  const [key, ...rest] = shape.columns
  const ddl = `CREATE TABLE t (${key} TEXT PRIMARY KEY, ${rest.map((c) => `${c} TEXT`).join(', ')});`
  const t0 = performance.now()
  const shell = spawnSync('sqlite3', [store, ddl, `.separator ${shape.separator}`, `.import --skip 1 ${file} t`], {
    encoding: 'utf8'
  })
  if (shell.error) return null
  if (shell.status !== 0) throw new Error(`sqlite3 .import failed: ${shell.stderr.trim()}`)
  return (performance.now() - t0) / 1000
}

const ratioOf = (seconds: number, reference: number | null) => (reference === null ? 'n/a' : (seconds / reference).toFixed(2))

/**
 * `npm run bench -- import`: for each file shape users have (import-shapes.ts; BENCH_IMPORT_SHAPES=a,b to choose),
 * a generated file of 1,000,000 rows by default (BENCH_IMPORT_ROWS to change) imported through the real pipeline into
 * a fresh store, against the sqlite3 shell's `.import` of the same file into a table with a primary key, in the same
 * run. The worst shape's ratio is the one that counts. For the chronological terminal export it also times the stored
 * rows copied by SQL alone into a fresh store (the part no parsing or rollup code can take away), the same rows bound
 * from memory through the import's statements (what handing them to SQLite from JavaScript costs), and `kassa
 * import` of the file as a user runs it.
 */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000)
  const wanted = process.env.BENCH_IMPORT_SHAPES?.split(',')
  const shapes = wanted ? SHAPES.filter((s) => wanted.includes(s.name)) : SHAPES
  if (shapes.length === 0) throw new Error(`no such shape; choose from ${SHAPES.map((s) => s.name).join(', ')}`)
  const lines: string[] = []
  let worst: { name: string; ratio: number } | null = null
  for (const shape of shapes) {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-import-'))
    try {
      const file = join(dir, `${shape.name}.csv`)
      await shape.write(file, rows)
      const mb = statSync(file).size / 1e6
      const r = child<{ ms: number; cpuMs: number; imported: number; maxRss: number }>(
        'import-child.ts',
        file,
        join(dir, 'store.sqlite')
      )
      if (r.imported !== rows) throw new Error(`${shape.name}: imported ${r.imported} of ${rows} rows`)
      const reference = sqliteImport(shape, file, join(dir, 'reference.sqlite'))
      const seconds = r.ms / 1000
      if (reference !== null && (!worst || seconds / reference > worst.ratio))
        worst = { name: shape.name, ratio: seconds / reference }
      lines.push(
        `import ${shape.name}: ${nf.format(rows)} rows (${mb.toFixed(0)} MB) in ${seconds.toFixed(1)} s ` +
          `(${nf.format(Math.round(rows / seconds))} rows/s, CPU ${(r.cpuMs / 1000).toFixed(1)} s), ` +
          `peak RSS ${Math.round(r.maxRss / 1e6)} MB; ` +
          `${reference === null ? 'sqlite3 shell not installed' : `sqlite3 .import ${reference.toFixed(1)} s`}; ` +
          `ratio ${ratioOf(seconds, reference)} — ${shape.about}`
      )
      if (shape.name === 'chronological') lines.push(...floors(dir, join(dir, 'store.sqlite'), file, rows, reference))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  if (worst) lines.push(`worst shape: ${worst.name}, ratio ${worst.ratio.toFixed(2)} (goal ≤ 1.5)`)
  return lines.join('\n')
}

/** The chronological shape's extra lines: what storing its rows costs without Kassa's parsing and rollups, and the CLI. */
function floors(dir: string, store: string, file: string, rows: number, reference: number | null): string[] {
  const floor = child<{ ms: number; rows: number }>('import-floor.ts', store, join(dir, 'floor.sqlite'))
  if (floor.rows !== rows) throw new Error(`the SQL-only copy holds ${floor.rows} of ${rows} rows`)
  const bound = child<{ ms: number; rows: number }>('import-bind-floor.ts', store, join(dir, 'bound.sqlite'))
  if (bound.rows !== rows) throw new Error(`the bound copy holds ${bound.rows} of ${rows} rows`)
  const cli = child<{ ms: number; imported: number; maxRss: number }>('import-cli-child.ts', file, join(dir, 'cli.sqlite'))
  if (cli.imported !== rows) throw new Error(`kassa import imported ${cli.imported} of ${rows} rows`)
  return [
    `  the same rows copied by SQL alone into Kassa's tables and indexes (no parsing, no rollups): ` +
      `${(floor.ms / 1000).toFixed(1)} s; ratio ${ratioOf(floor.ms / 1000, reference)}`,
    `  the same rows bound from memory through the import's own statements (no parsing, no rollups): ` +
      `${(bound.ms / 1000).toFixed(1)} s; ratio ${ratioOf(bound.ms / 1000, reference)}`,
    `  kassa import of the file: ${(cli.ms / 1000).toFixed(1)} s, peak RSS ${Math.round(cli.maxRss / 1e6)} MB`
  ]
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContext } from '../../src/core/context'
import { generateDemo } from '../../src/core/demo/generate'

/** Demo generation speed and memory: N from BENCH_DEMO_ROWS (default 1,000,000). */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_DEMO_ROWS ?? 1_000_000)
  const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-demo-'))
  try {
    const ctx = createContext({ dbPath: join(dir, 'demo.sqlite') })
    let peak = process.memoryUsage().rss
    const started = performance.now()
    const summary = generateDemo(ctx.db, {
      transactions: rows,
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss))
    })
    const seconds = (performance.now() - started) / 1000
    ctx.db.close()
    return `demo: ${summary.transactions.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(summary.transactions / seconds).toLocaleString('en')} rows/s), peak RSS ${Math.round(peak / 2 ** 20)} MB`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

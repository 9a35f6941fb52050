import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stats } from '../../src/core/analytics/stats'
import { createContext } from '../../src/core/context'
import { generateDemo } from '../../src/core/demo/generate'
import { buildDocument, renderFile } from '../../src/core/reports/render'
import { REPORT_TYPES } from '../../src/core/reports/params'

/**
 * Building each report over the whole demo span, as a ratio to one stats() call for the same span
 * (measured in the same run). BENCH_REPORTS_DB reuses a store; else a demo of BENCH_REPORTS_ROWS (default 200,000).
 */
export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-reports-'))
  try {
    const ctx = createContext({ dbPath: process.env.BENCH_REPORTS_DB ?? join(dir, 'demo.sqlite') })
    if (!process.env.BENCH_REPORTS_DB) generateDemo(ctx.db, { transactions: Number(process.env.BENCH_REPORTS_ROWS ?? 200_000) })
    const { n } = ctx.db.prepare('SELECT COUNT(*) AS n FROM transactions').get() as { n: number }
    const span = ctx.db.prepare('SELECT MIN(day) AS from_, MAX(day) AS to_ FROM daily_rollup').get() as {
      from_: string
      to_: string
    }
    const period = { from: span.from_, to: span.to_ }
    const merchant = (ctx.db.prepare('SELECT name FROM merchants ORDER BY id LIMIT 1').get() as { name: string }).name
    const ms = async (fn: () => unknown) => {
      const t = performance.now()
      await fn()
      return performance.now() - t
    }
    const reference = await ms(() => stats(ctx.db, period))
    const parts: string[] = []
    for (const type of REPORT_TYPES) {
      let built: ReturnType<typeof buildDocument> | undefined
      const build = await ms(
        () => (built = buildDocument(ctx.db, { type, ...period, merchant: type === 'statement' ? merchant : undefined }))
      )
      const xlsx = await ms(() => renderFile(built!.doc, 'xlsx'))
      parts.push(`${type} ${build.toFixed(0)} ms (${(build / reference).toFixed(1)}× stats) + xlsx ${xlsx.toFixed(0)} ms`)
    }
    ctx.db.close()
    return `reports over ${n.toLocaleString('en')} transactions, ${period.from}..${period.to}; stats() ${reference.toFixed(0)} ms; ${parts.join('; ')}`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

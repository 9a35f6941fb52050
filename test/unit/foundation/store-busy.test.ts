// While `kassa import` holds the store's write lock in another process, the window's routes answer at once:
// reads with data (WAL readers are never blocked), writes with store_busy instead of hanging the window.
// The latencies are printed for docs/benchmarks.md, not asserted.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'
import { openDb } from '../../../src/core/db/open'
import { APP_BUSY_TIMEOUT_MS } from '../../../src/core/db/store-errors'
import { writeTerminalCsv } from '../../bench/import-data'
import { tempPath } from '../tmp'

const ROWS = Number(process.env.KASSA_BUSY_ROWS ?? 300_000)

/**
 * True while another connection holds the write lock. Opened like the app's own (one SQLite library per process:
 * a second copy's connections would drop this process's file locks when they close).
 */
function writeLocked(file: string): boolean {
  const probe = openDb(file, { migrate: false, busyTimeoutMs: 0 })
  try {
    probe.exec('BEGIN IMMEDIATE; ROLLBACK')
    return false
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return true
    throw err
  } finally {
    probe.close()
  }
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

describe('a store another process is importing into', () => {
  it('answers reads with data and writes with store_busy, without waiting out the import', async () => {
    const dbPath = tempPath()
    const csv = join(dbPath, '..', 'terminal.csv')
    const ctx = createContext({ dbPath, busyTimeoutMs: APP_BUSY_TIMEOUT_MS })
    await writeTerminalCsv(csv, ROWS)

    const child = spawn(process.execPath, ['bin/kassa.mjs', 'import', csv, '--db', dbPath], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    let running = true
    void exited.then(() => (running = false))
    while (running && !writeLocked(dbPath)) await pause(20)
    expect(running, `the import ended before it took the write lock: ${stderr}`).toBe(true)

    const calls: { route: string; answer: string; ms: number; locked: boolean }[] = []
    const routes = [
      ['app.status', {}],
      ['analytics.dashboard', {}],
      ['merchants.table', {}],
      ['settings.save', { locale: 'nb' }]
    ] as const
    while (running) {
      for (const [route, input] of routes) {
        const locked = writeLocked(dbPath)
        const started = performance.now()
        const result = await invoke(ctx, route, input)
        calls.push({ route, answer: result.ok ? 'data' : result.error.code, ms: performance.now() - started, locked })
      }
      await pause(50)
    }
    expect(await exited, stderr).toBe(0)

    expect(new Set(calls.map((c) => c.answer))).toEqual(new Set(['data', 'store_busy']))
    for (const c of calls) expect(c.route === 'settings.save' ? ['data', 'store_busy'] : ['data'], c.route).toContain(c.answer)
    expect(calls.some((c) => c.route === 'settings.save' && c.locked && c.answer === 'store_busy')).toBe(true)
    expect(await invoke(ctx, 'settings.save', { locale: 'en' })).toMatchObject({ ok: true })
    expect(await invoke(ctx, 'app.status', {})).toMatchObject({ ok: true, value: { transactions: ROWS } })
    ctx.db.close()

    const summary = (route: string) => {
      const ms = calls.filter((c) => c.route === route).map((c) => c.ms)
      ms.sort((a, b) => a - b)
      return `${route}: ${ms.length} calls, median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms, max ${ms.at(-1)!.toFixed(0)} ms`
    }
    console.log(`during a ${ROWS.toLocaleString('en')}-row kassa import:\n  ${routes.map(([r]) => summary(r)).join('\n  ')}`)
  }, 300_000)
})

import type { Db } from '../../src/core/db/open'

/** One statement's run: its SQL, time by the recorder's clock, rows returned, and whether it was prepared for it. */
export interface StatementCall {
  sql: string
  ms: number
  rows: number
  fresh: boolean
}

/**
 * Wraps `db.prepare` so that preparing every statement and each of its `all`/`get` runs are timed by `clock` (ms).
 * The caller empties `calls` and `prepareMs` between the dashboards it wants apart.
 */
export function timeStatements(db: Db, clock: () => number): { calls: StatementCall[]; prepareMs: number } {
  const recorder = { calls: [] as StatementCall[], prepareMs: 0 }
  const fresh = new Set<string>()
  const prepare = db.prepare.bind(db)
  db.prepare = ((sql: string) => {
    const started = clock()
    const st = prepare(sql)
    recorder.prepareMs += clock() - started
    fresh.add(sql)
    for (const method of ['all', 'get'] as const) {
      const run = (st[method] as (...a: unknown[]) => unknown).bind(st)
      ;(st as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        const t = clock()
        const out = run(...params)
        recorder.calls.push({ sql, ms: clock() - t, rows: Array.isArray(out) ? out.length : 1, fresh: fresh.has(sql) })
        fresh.delete(sql)
        return out
      }
    }
    return st
  }) as typeof db.prepare
  return recorder
}

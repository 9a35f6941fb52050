import type { Db } from './open'

type Statement = { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown }
const statements = new WeakMap<Db, Map<string, Statement>>()

/**
 * Prepared once per connection and SQL text: the dashboard, the Transactions pages and the cubes-stale check ask the
 * same shapes of question again and again (a next page is the same statement with another cursor), and preparing was
 * a measurable part of a first paint.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let st = cache.get(sql)
  if (!st) {
    if (cache.size > 500) cache.clear()
    cache.set(sql, (st = db.prepare(sql) as unknown as Statement))
  }
  return st
}

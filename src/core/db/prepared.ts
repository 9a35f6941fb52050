import type { Db } from './open'

type Statement = { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown; raw(on: boolean): Statement }
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

/**
 * The same, answering rows as arrays of column values (no object per row). A leading comment keeps it apart from the
 * statement `prepared` caches for the same SQL text, which answers objects.
 */
export function preparedRaw(db: Db, sql: string): Statement {
  return prepared(db, '-- raw\n' + sql).raw(true)
}

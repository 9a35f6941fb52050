import type { Db } from './open'

/**
 * Drops the tables' non-unique indexes (inside the caller's transaction) and returns the function that builds
 * them again from their own stored definitions, once the batch's rows are in. SQLite builds an index over
 * sorted keys far faster than it inserts the same keys one by one at random places (docs/benchmarks.md). Unique
 * indexes stay: they de-duplicate as rows go in. Worth it only while the table is small against what the
 * batch adds (up to about twice its size), as the build reads every row. A rollback (cancel, error, crash)
 * brings the indexes back.
 */
export function deferIndexes(db: Db, tables: string[]): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?)) AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[]
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`)
  return () => {
    for (const { sql } of indexes) db.exec(sql)
  }
}

// Child process of the import benchmark: the rows an import stored, held in memory as the 17 values per row the
// import binds, then bound into a fresh store through the import's own statements, settings, transaction and
// index strategy. No parsing and no rollups: what handing these rows to SQLite from JavaScript costs.
import { deferIndexes } from '../../src/core/db/deferred-indexes'
import { withBulkSettings } from '../../src/core/import/pipeline'
import { ROWS_PER_INSERT, ROW_COLUMNS, prepareRowInserts } from '../../src/core/import/row-writer'
import { floorStore } from './floor-store'

const [imported, dbPath] = process.argv.slice(2)
const db = floorStore(imported, dbPath)
const batch = db.prepare('SELECT id, format FROM main.import_batches').get() as { id: number; format: string }
const rows = db.prepare(`SELECT ${ROW_COLUMNS} FROM imported.transaction_rows ORDER BY id`).raw().all() as unknown[][]
db.exec('DETACH imported')
const started = performance.now()
withBulkSettings(db, () =>
  db
    .transaction(() => {
      const build = deferIndexes(db, ['transaction_rows'])
      const { one, many } = prepareRowInserts(db, batch.format, batch.id)
      let at = 0
      for (; at + ROWS_PER_INSERT <= rows.length; at += ROWS_PER_INSERT) {
        const params: unknown[] = []
        for (let i = at; i < at + ROWS_PER_INSERT; i++) for (const v of rows[i]) params.push(v)
        many.run(...params)
      }
      for (; at < rows.length; at++) one.run(...rows[at])
      build()
    })
    .immediate()
)
const ms = performance.now() - started
const stored = db.prepare('SELECT count(*) FROM main.transaction_rows').pluck().get() as number
db.close()
process.stdout.write(JSON.stringify({ ms, rows: stored }) + '\n')

// Child process of the import benchmark: the rows an import stored, copied by SQLite alone into a fresh store
// with the same settings, transaction and index strategy as the import. No parsing, no JS per row, no rollups:
// what storing these rows costs before any of Kassa's own work.
import { deferIndexes } from '../../src/core/db/deferred-indexes'
import { withBulkSettings } from '../../src/core/import/pipeline'
import { floorStore } from './floor-store'

const [imported, dbPath] = process.argv.slice(2)
const db = floorStore(imported, dbPath)
const started = performance.now()
withBulkSettings(db, () =>
  db
    .transaction(() => {
      const build = deferIndexes(db, ['transaction_rows'])
      db.exec('INSERT OR IGNORE INTO main.transaction_rows SELECT * FROM imported.transaction_rows ORDER BY id')
      build()
    })
    .immediate()
)
const ms = performance.now() - started
const rows = db.prepare('SELECT count(*) FROM main.transaction_rows').pluck().get() as number
db.close()
process.stdout.write(JSON.stringify({ ms, rows }) + '\n')

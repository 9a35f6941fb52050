import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContext } from '../../../src/core/context'

export const FIXTURES = join(__dirname, '../../fixtures/import')
export const fixture = (name: string) => join(FIXTURES, name)

export function tempStore() {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-import-'))
  const ctx = createContext({ dbPath: join(dir, 'store.sqlite') })
  return { dir, ctx, db: ctx.db, write: (name: string, content: string | Buffer) => writeFile(dir, name, content) }
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Everything an import can change, for "store unchanged" checks. */
export function snapshot(db: import('../../../src/core/db/open').Db) {
  const all = (sql: string) => db.prepare(sql).all()
  return {
    transactions: all('SELECT * FROM transactions ORDER BY id'),
    rollup: all('SELECT * FROM daily_rollup ORDER BY day, merchant_id, store_id, method, origin, currency, kind'),
    batches: all('SELECT id, file_name, rows, imported, duplicates, rejected, status FROM import_batches ORDER BY id'),
    rejects: all('SELECT * FROM import_rejects ORDER BY batch_id, line'),
    merchants: all('SELECT id, name, country, alipay_partner_id FROM merchants ORDER BY id'),
    indexes: all("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
  }
}

import Database from 'better-sqlite3'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { restoreStore } from '../../core/db/backup'
import { nodeBinding } from '../../core/db/open'
import { dbOption, usageError, type Command } from '../command'
import { storePath } from '../store'

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the store with a backup, keeping the replaced store beside it',
  usage: `Usage: kassa restore FILE [--db PATH]

Checks FILE first (SQLite's integrity check, a Kassa store, not written by a newer Kassa) and
changes nothing if it fails. The replaced store is renamed to <store>.before-restore-<time>.
Close the Kassa app first.`,
  options: { ...dbOption },
  run({ values, positionals }) {
    if (positionals.length !== 1) throw usageError(restoreCommand, 'give one backup file')
    const dbPath = storePath(values)
    mkdirSync(dirname(dbPath), { recursive: true })
    const result = restoreStore(dbPath, positionals[0], () => settleWal(dbPath))
    process.stdout.write(
      `restore: ${dbPath} now holds ${positionals[0]} (${result.merchants} merchants, ${result.transactions} transactions)\n` +
        (result.kept ? `restore: the replaced store is kept at ${result.kept}\n` : '')
    )
    return 0
  }
}

/**
 * A Kassa that stopped without closing leaves its WAL file behind, which restore would take for a
 * connection still open. Opening and closing the store folds it back in; while another process
 * really has the store open, the file stays and restore refuses.
 */
function settleWal(dbPath: string): void {
  if (!existsSync(`${dbPath}-wal`)) return
  try {
    const db = new Database(dbPath, { fileMustExist: true, nativeBinding: nodeBinding() })
    db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get()
    db.close()
  } catch {
    // A store that cannot be opened is what is being replaced; restore keeps its files aside as they are.
  }
}

import { backupStore } from '../../core/db/backup'
import { dbOption, usageError, type Command } from '../command'
import { openStore } from '../store'

export const backupCommand: Command = {
  name: 'backup',
  summary: 'write a checked copy of the store to a file (kassa restore reads it back)',
  usage: `Usage: kassa backup FILE [--db PATH]

Copies the store while it stays in use (the app may be open), checks the copy with SQLite's
integrity check and only then writes FILE, replacing any file there.`,
  options: { ...dbOption },
  run({ values, positionals }) {
    if (positionals.length !== 1) throw usageError(backupCommand, 'give one backup file')
    const ctx = openStore(values)
    try {
      const { path, bytes } = backupStore(ctx.db, positionals[0])
      process.stdout.write(`backup: ${ctx.dbPath} to ${path} (${(bytes / 1_048_576).toFixed(1)} MB, integrity checked)\n`)
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

import { exportMerchantsCsv } from '../../core/merchants/csv-export'
import { merchantExportSchema } from '../../core/routes/schemas'
import { dbOption, usageError, type Command } from '../command'
import { validOptions } from '../options'
import { openStore } from '../store'
import { printable } from '../terminal'

export const merchantsExportCommand: Command = {
  name: 'merchants export',
  summary: 'write the merchant list as CSV (reads back with kassa merchants import)',
  usage: `Usage: kassa merchants export FILE [--db PATH] [--country DK|NO|SE|FI]

UTF-8 with a byte-order mark, comma-separated, English header; business ids and IBANs in their
canonical forms, with rep, stage and go-live day.`,
  options: { ...dbOption, country: { type: 'string' } },
  run({ values, positionals }) {
    if (positionals.length !== 1) throw usageError(merchantsExportCommand, 'give one output file')
    const filter = validOptions(merchantExportSchema, { country: (values.country as string | undefined)?.toUpperCase() })
    const ctx = openStore(values)
    try {
      const { path, rows } = exportMerchantsCsv(ctx.db, positionals[0], filter)
      process.stdout.write(`merchants export: ${rows} merchants to ${printable(path)}\n`)
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

import { exportMerchantsCsv } from '../../core/merchants/csv-export'
import { COUNTRIES, type CountryCode } from '../../core/time/zones'
import { CliError, dbOption, type Command } from '../command'
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
    if (positionals.length !== 1) throw new CliError(`give one output file\n\n${merchantsExportCommand.usage}`, 2)
    const country = (values.country as string | undefined)?.toUpperCase()
    if (country !== undefined && !(COUNTRIES as readonly string[]).includes(country))
      throw new CliError('--country must be one of DK, NO, SE, FI', 2)
    const ctx = openStore(values)
    try {
      const { path, rows } = exportMerchantsCsv(ctx.db, positionals[0], { country: country as CountryCode | undefined })
      process.stdout.write(`merchants export: ${rows} merchants to ${printable(path)}\n`)
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

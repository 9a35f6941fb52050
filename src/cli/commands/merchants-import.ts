import { basename } from 'node:path'
import { importMerchantFile } from '../../core/merchants/csv-import'
import { storeOwner } from '../../core/merchants/profiles'
import { ENCODINGS, type Encoding } from '../../core/import/text/encoding'
import { COUNTRIES, type CountryCode } from '../../core/time/zones'
import { CliError, dbOption, type Command } from '../command'
import { openStore } from '../store'

const nf = new Intl.NumberFormat('en')

export const merchantsImportCommand: Command = {
  name: 'merchants import',
  summary: 'import merchant lists (CSV, English or Nordic headers), checked and de-duplicated',
  usage: `Usage: kassa merchants import FILE... [--db PATH] [--country DK|NO|SE|FI] [--encoding ${ENCODINGS.join('|')}]
                              [--dry-run] [--json]

Each row needs a name and a country (a column, or --country for the whole file). Business ids,
postal codes, phone numbers, e-mail addresses and IBANs are checked by the country's rules; a row
that fails is rejected with its line number and the reason. A row whose (country, business id) is
already in the store counts as a duplicate; a row naming a merchant that a transaction import
created without details completes it. Changes are recorded in the onboarding trail under the
active profile. Each file is imported in one transaction.`,
  options: {
    ...dbOption,
    country: { type: 'string' },
    encoding: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' }
  },
  run({ values, positionals }) {
    if (positionals.length === 0) throw new CliError(`no file given\n\n${merchantsImportCommand.usage}`, 2)
    const country = (values.country as string | undefined)?.toUpperCase()
    if (country !== undefined && !(COUNTRIES as readonly string[]).includes(country))
      throw new CliError('--country must be one of DK, NO, SE, FI', 2)
    const encoding = values.encoding as string | undefined
    if (encoding !== undefined && !(ENCODINGS as readonly string[]).includes(encoding))
      throw new CliError(`--encoding must be one of ${ENCODINGS.join(', ')}`, 2)
    const ctx = openStore(values)
    const files: object[] = []
    let failed = false
    try {
      const actor = storeOwner(ctx.db)
      for (const path of positionals) {
        const name = basename(path)
        try {
          const r = importMerchantFile(ctx.db, actor, path, {
            commit: values['dry-run'] !== true,
            country: country as CountryCode | undefined,
            encoding: encoding as Encoding | undefined
          })
          files.push({
            file: name,
            rows: r.rows,
            imported: r.imported,
            duplicates: r.duplicates,
            rejected: r.rejected,
            rejects: r.rejects
          })
          if (!values.json) {
            const verb = values['dry-run'] ? 'would import' : 'imported'
            process.stdout.write(
              `${name}: ${r.encoding}: ${nf.format(r.rows)} rows, ${verb} ${nf.format(r.imported)}, ${nf.format(r.duplicates)} duplicates, ${nf.format(r.rejected)} rejected\n`
            )
            for (const reject of r.rejects.slice(0, 20)) process.stdout.write(`  line ${reject.line}: ${reject.reason}\n`)
            if (r.rejects.length > 20) process.stdout.write(`  … and ${nf.format(r.rejects.length - 20)} more rejected lines\n`)
          }
        } catch (err) {
          if ((err as { code?: string }).code === 'forbidden') throw new CliError((err as Error).message)
          failed = true
          const message = (err as Error).message
          process.stderr.write(`kassa merchants import: ${path}: ${message}; nothing from this file was written\n`)
          files.push({ file: name, error: message })
        }
      }
    } finally {
      ctx.db.close()
    }
    if (values.json) process.stdout.write(JSON.stringify({ files }) + '\n')
    return failed ? 1 : 0
  }
}

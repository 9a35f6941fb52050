import { basename } from 'node:path'
import { importMerchantFile } from '../../core/merchants/csv-import'
import { storeOwner } from '../../core/merchants/profiles'
import { z } from 'zod'
import { toApiError } from '../../core/api/invoke'
import { ENCODINGS } from '../../core/import/text/encoding'
import { merchantImportSchema } from '../../core/routes/schemas'
import { dbOption, usageError, type Command } from '../command'
import { validOptions } from '../options'
import { openStore } from '../store'
import { printable } from '../terminal'

const nf = new Intl.NumberFormat('en')

/** The merchants.import.commit route's country, plus the file's encoding, which the app's preview detects. */
const merchantImportOptionsSchema = merchantImportSchema
  .pick({ country: true })
  .extend({ encoding: z.enum(ENCODINGS).optional() })

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
    if (positionals.length === 0) throw usageError(merchantsImportCommand, 'no file given')
    const { country, encoding } = validOptions(merchantImportOptionsSchema, {
      country: (values.country as string | undefined)?.toUpperCase(),
      encoding: values.encoding
    })
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
            country,
            encoding
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
              `${printable(name)}: ${r.encoding}: ${nf.format(r.rows)} rows, ${verb} ${nf.format(r.imported)}, ${nf.format(r.duplicates)} duplicates, ${nf.format(r.rejected)} rejected\n`
            )
            for (const reject of r.rejects.slice(0, 20))
              process.stdout.write(`  line ${reject.line}: ${printable(reject.reason)}\n`)
            if (r.rejects.length > 20) process.stdout.write(`  … and ${nf.format(r.rejects.length - 20)} more rejected lines\n`)
          }
        } catch (err) {
          if ((err as { code?: string }).code === 'forbidden') throw err
          failed = true
          const { message } = toApiError(err, undefined, () => {})
          process.stderr.write(
            `kassa merchants import: ${printable(path)}: ${printable(message)}; nothing from this file was written\n`
          )
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

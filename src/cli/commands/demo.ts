import { generateDemo } from '../../core/demo/generate'
import { UserError } from '../../core/errors'
import { daySchema, demoInputSchema } from '../../core/routes/schemas'
import { dbOption, type Command } from '../command'
import { validOptions } from '../options'
import { openStore } from '../store'

/** The demo.load route's input, plus Finland's go-live, which only the command line sets. */
const demoOptionsSchema = demoInputSchema.extend({ finlandLive: daySchema.optional() })
/** A number option as a number; text that is none stays as given, for the schema to refuse by name. */
const number = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value

export const demoCommand: Command = {
  name: 'demo',
  summary: 'fill a store with deterministic demo data',
  usage: `Usage: kassa demo [--db PATH] [--transactions N] [--seed S] [--finland-live YYYY-MM-DD]

Creates reps, merchants in DK, NO, SE and FI with valid business ids, stores, and two years of
sales from each country's Alipay go-live (N sales, default 100000, plus their refunds).
Finland stays card-only unless --finland-live sets its go-live date.`,
  options: {
    ...dbOption,
    transactions: { type: 'string' },
    seed: { type: 'string' },
    'finland-live': { type: 'string' }
  },
  run({ values }) {
    const { transactions, seed, finlandLive } = validOptions(demoOptionsSchema, {
      transactions: number(values.transactions),
      seed: number(values.seed),
      finlandLive: values['finland-live']
    })
    const ctx = openStore(values)
    const tty = process.stderr.isTTY
    try {
      const summary = generateDemo(ctx.db, {
        transactions,
        seed,
        finlandLive,
        onProgress: (p) => {
          if (tty) process.stderr.write(`\rdemo: ${p.month}  ${p.rows.toLocaleString('en')} rows`)
        }
      })
      if (tty) process.stderr.write('\n')
      process.stdout.write(
        `demo: ${summary.transactions} transactions for ${summary.merchants} merchants (${summary.stores} stores, ${summary.reps} reps), ${summary.from} to ${summary.to}, in ${ctx.dbPath}\n`
      )
      return 0
    } catch (err) {
      if ((err as { code?: string }).code === 'demo_exists')
        throw new UserError('demo_exists', `${ctx.dbPath} already holds demo data`)
      throw err
    } finally {
      ctx.db.close()
    }
  }
}

import { generateDemo } from '../../core/demo/generate'
import { CliError, dbOption, type Command } from '../command'
import { openStore } from '../store'

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
    const transactions = values.transactions === undefined ? 100_000 : Number(values.transactions)
    if (!Number.isInteger(transactions) || transactions < 1)
      throw new CliError('--transactions must be a positive whole number', 2)
    const seed = values.seed === undefined ? 2018 : Number(values.seed)
    if (!Number.isInteger(seed)) throw new CliError('--seed must be a whole number', 2)
    const finlandLive = values['finland-live'] as string | undefined
    if (finlandLive !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(finlandLive))
      throw new CliError('--finland-live must be YYYY-MM-DD', 2)
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
      if ((err as { code?: string }).code === 'demo_exists') throw new CliError(`${ctx.dbPath} already holds demo data`)
      throw err
    } finally {
      ctx.db.close()
    }
  }
}

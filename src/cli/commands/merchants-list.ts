import { merchantDirectory } from '../../core/merchants/list'
import { dbOption, type Command } from '../command'
import { openStore } from '../store'
import { printable } from '../terminal'

export const merchantsListCommand: Command = {
  name: 'merchants list',
  summary: 'list merchants (who imported rows belong to)',
  usage: 'Usage: kassa merchants list [--db PATH] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  run({ values }) {
    const ctx = openStore(values)
    try {
      const merchants = merchantDirectory(ctx.db)
      if (values.json) process.stdout.write(JSON.stringify({ merchants }) + '\n')
      else if (merchants.length === 0) process.stdout.write('No merchants yet.\n')
      else {
        const names = merchants.map((m) => printable(m.name))
        const width = Math.max(...names.map((n) => n.length))
        merchants.forEach((m, i) =>
          process.stdout.write(
            `${String(m.id).padStart(5)}  ${names[i].padEnd(width)}  ${m.country}  ${printable(m.businessId ?? '-')}  ${m.stage}  ${printable(m.rep ?? '-')}\n`
          )
        )
      }
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

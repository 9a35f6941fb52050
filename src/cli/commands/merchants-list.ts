import { dbOption, type Command } from '../command'
import { openStore } from '../store'

export const merchantsListCommand: Command = {
  name: 'merchants list',
  summary: 'list merchants (who imported rows belong to)',
  usage: 'Usage: kassa merchants list [--db PATH] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  run({ values }) {
    const ctx = openStore(values)
    try {
      const merchants = ctx.db
        .prepare('SELECT id, name, country, org_number AS orgNumber, stage FROM merchants ORDER BY name COLLATE NOCASE, id')
        .all() as { id: number; name: string; country: string; orgNumber: string | null; stage: string }[]
      if (values.json) process.stdout.write(JSON.stringify({ merchants }) + '\n')
      else if (merchants.length === 0) process.stdout.write('No merchants yet.\n')
      else {
        const width = Math.max(...merchants.map((m) => m.name.length))
        for (const m of merchants)
          process.stdout.write(
            `${String(m.id).padStart(5)}  ${m.name.padEnd(width)}  ${m.country}  ${m.orgNumber ?? '-'}  ${m.stage}\n`
          )
      }
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

import { canonicalBusinessId } from '../../core/merchants/business-id'
import type { CountryCode } from '../../core/time/zones'
import { dbOption, type Command } from '../command'
import { openStore } from '../store'
import { STAGE_SINCE_SQL } from '../../core/merchants/stage-since'
import { printable } from '../terminal'

export const merchantsListCommand: Command = {
  name: 'merchants list',
  summary: 'list merchants (who imported rows belong to)',
  usage: 'Usage: kassa merchants list [--db PATH] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  run({ values }) {
    const ctx = openStore(values)
    try {
      // Onboarding fields (issue 5) follow the import's original keys, which stay as they were.
      const merchants = ctx.db
        .prepare(
          `SELECT m.id, m.name, m.country, m.org_number AS orgNumber, m.stage, r.name AS rep,
                  ${STAGE_SINCE_SQL} AS stageSince, m.stage_reason AS stageReason, m.live_since AS liveSince
             FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id ORDER BY m.name COLLATE NOCASE, m.id`
        )
        .all()
        .map((row) => {
          const m = row as {
            id: number
            name: string
            country: CountryCode
            orgNumber: string | null
            stage: string
            rep: string | null
            stageSince: number
            stageReason: string | null
            liveSince: string | null
          }
          return {
            ...m,
            businessId: m.orgNumber ? canonicalBusinessId(m.country, m.orgNumber) : null,
            stageSince: new Date(m.stageSince).toISOString(),
            daysInStage: Math.max(0, Math.floor((Date.now() - m.stageSince) / 86_400_000))
          }
        })
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

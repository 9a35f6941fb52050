import { verifyTrail } from '../../core/merchants/trail-chain'
import { dbOption, type Command } from '../command'
import { openStore } from '../store'

export const merchantsVerifyTrailCommand: Command = {
  name: 'merchants verify-trail',
  summary: 'check that no onboarding audit-trail event was changed, removed or slipped in',
  usage: `Usage: kassa merchants verify-trail [--db PATH] [--json]

Each event's hash covers its fields and the event before it. Exit 0 when the whole trail follows
("trail verified"); 1 when an event does not ("trail broken at event N", N its id): it or the
event before it was changed or removed outside Kassa.`,
  options: { ...dbOption, json: { type: 'boolean' } },
  run({ values }) {
    const ctx = openStore(values)
    try {
      const check = verifyTrail(ctx.db)
      if (values.json) process.stdout.write(JSON.stringify(check) + '\n')
      else if (check.verified) process.stdout.write(`trail verified (${check.events} events)\n`)
      else process.stdout.write(`trail broken at event ${check.brokenAt} (the ${check.events} events before it follow)\n`)
      return check.verified ? 0 : 1
    } finally {
      ctx.db.close()
    }
  }
}

import { UserError } from '../../core/errors'
import { getState } from '../../core/sync/state'
import { syncOnce, type SyncSummary } from '../../core/sync/run'
import { syncConnectSchema } from '../../core/routes/schemas'
import { dbOption, usageError, type Command } from '../command'
import { validOptions } from '../options'
import { openStore } from '../store'

const line = (s: SyncSummary) =>
  `sync: ${s.server}: merchants and settings ${s.fieldsPulled} in, ${s.fieldsPushed} fields out; ` +
  `trail ${s.eventsPulled} in, ${s.eventsPushed} out; files ${s.batchesPulled} in, ${s.batchesPushed} out`

export const syncCommand: Command = {
  name: 'sync',
  summary: "sync the store with the team's PostgreSQL server (merchants, trail, imported files)",
  usage: `Usage: kassa sync [--server postgres://USER@HOST/DATABASE] [--once] [--interval SECONDS] [--db PATH] [--json]

Pulls what the team changed and pushes what this store changed: merchants, stores, checklists,
documents' details, the onboarding trail, exchange rates, saved views, mapping profiles and
imported files (each file once, by its hash). The server's schema is created and updated by
Kassa the first time an admin connects. Without --server, the server of the last sync is used.
The password is read from $PGPASSWORD (never stored). Without --once, syncs again every
--interval seconds (default 60) until stopped, reconnecting after the server was away.`,
  options: {
    ...dbOption,
    server: { type: 'string' },
    once: { type: 'boolean' },
    interval: { type: 'string' },
    json: { type: 'boolean' }
  },
  async run({ values, positionals }) {
    if (positionals.length > 0) throw usageError(syncCommand, 'kassa sync takes no file')
    const interval = values.interval === undefined ? 60 : Number(values.interval)
    if (!Number.isFinite(interval) || interval <= 0)
      throw usageError(syncCommand, '--interval must be a number of seconds above 0')
    const ctx = openStore(values)
    try {
      const url = (values.server as string | undefined) ?? getState(ctx.db, 'server')
      if (!url) throw usageError(syncCommand, 'give the team server with --server')
      validOptions(syncConnectSchema.pick({ server: true }), { server: url })
      const credentials = async () => process.env.PGPASSWORD || undefined
      const progress = (p: { phase: string; file: string; rows: number; total: number }) =>
        process.stderr.write(`${p.phase} ${p.file}: ${p.rows} of ${p.total} rows\n`)
      const round = async () => {
        const summary = await syncOnce(ctx.db, { url, credentials, onProgress: values.json ? undefined : progress })
        process.stdout.write((values.json ? JSON.stringify(summary) : line(summary)) + '\n')
      }
      if (values.once) {
        await round()
        return 0
      }
      let stopped = false
      const stop = () => (stopped = true)
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      while (!stopped) {
        try {
          await round()
        } catch (err) {
          if (!(err instanceof UserError) || !['sync_unreachable', 'sync_connection_lost'].includes(err.code)) throw err
          process.stderr.write(`kassa sync: ${err.message}; trying again in ${interval} s\n`)
        }
        for (let waited = 0; waited < interval * 1000 && !stopped; waited += 200) await new Promise((r) => setTimeout(r, 200))
      }
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

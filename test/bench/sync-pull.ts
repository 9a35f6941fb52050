import { createContext } from '../../src/core/context'
import { syncOnce } from '../../src/core/sync/run'
import { connectServer } from '../../src/core/sync/server'

/**
 * One pull of the sync bench, in a process of its own so that its peak RSS is the pull's. Forked by sync.ts with
 * { dbPath, url, killAt?, ownerUrl? }: with killAt, once that many rows have arrived the owner's connection
 * terminates this session's backend on the server. Replies with the figures, or the error's code.
 */
process.once('message', async (job: { dbPath: string; url: string; killAt?: number; ownerUrl?: string }) => {
  const ctx = createContext({ dbPath: job.dbPath })
  const owner = job.killAt ? await connectServer(job.ownerUrl!) : undefined
  const perFile = new Map<string, number>()
  let killed = false
  const onProgress = (p: { file: string; rows: number }) => {
    perFile.set(p.file, p.rows)
    const arrived = [...perFile.values()].reduce((a, b) => a + b, 0)
    if (owner && !killed && arrived >= job.killAt!) {
      killed = true
      void owner.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1 AND pid <> pg_backend_pid()', [
        new URL(job.url).username
      ])
    }
  }
  const started = performance.now()
  const cpu = process.cpuUsage()
  let error: string | undefined
  let batches = 0
  try {
    batches = (await syncOnce(ctx.db, { url: job.url, onProgress })).batchesPulled
  } catch (err) {
    error = (err as { code?: string }).code ?? (err as Error).message
  }
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const [rows, amount] = ctx.db.prepare('SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM transaction_rows').raw().get() as number[]
  ctx.db.close()
  await owner?.end()
  process.send!({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows,
    amount,
    batches,
    error
  })
  process.disconnect()
})

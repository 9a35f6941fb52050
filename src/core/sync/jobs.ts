import type { Ctx } from '../api/route'
import { knownCode, UserError } from '../errors'
import { locateWorker, startWorker } from '../workers'
import { syncOnce, type SyncSummary } from './run'
import type { SyncWorkerInput, SyncWorkerMessage } from './worker'

/**
 * A sync round for the app off the calling thread (in-process only when no worker script exists), with progress
 * as `sync:progress` events. The password is taken from the keychain here and handed to the worker.
 */
export async function runSyncJob(ctx: Ctx, url: string, typed?: string): Promise<SyncSummary> {
  const password = typed ?? (await ctx.host.keychain?.get(url))
  const script = locateWorker(import.meta.url, './worker.ts', 'syncWorker.js')
  if (!script)
    return syncOnce(ctx.db, { url, credentials: async () => password, onProgress: (p) => ctx.emit('sync:progress', p) })
  const worker = startWorker<SyncWorkerInput>(script, { dbPath: ctx.dbPath, url, password })
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true
        fn()
      }
    }
    worker.on('message', (m: SyncWorkerMessage) => {
      if (m.type === 'progress') ctx.emit('sync:progress', m.progress)
      else if (m.type === 'done') settle(() => resolve(m.summary))
      else settle(() => reject(new UserError(knownCode(m.code, 'sync_failed'), m.message)))
    })
    worker.on('error', (err) => settle(() => reject(new UserError('sync_failed', err.message))))
    worker.on('exit', (code) => settle(() => reject(new UserError('sync_failed', `the sync worker stopped (exit code ${code})`))))
  })
}

import type { Db } from '../db/open'
import { knownCode, UserError } from '../errors'
import { locateWorker, startWorker, workerResult } from '../workers'
import type { BatchProgress } from './batches'
import { syncOnce, type SyncSummary } from './run'
import type { SyncWorkerInput, SyncWorkerMessage } from './worker'

/**
 * A sync round for the app off the calling thread (in-process only when no worker script exists), with progress
 * handed to `onProgress`. The password is given by the caller (typed, or from the host's keychain).
 */
export async function runSyncJob(
  db: Db,
  dbPath: string,
  url: string,
  password: string | undefined,
  onProgress: (p: BatchProgress) => void
): Promise<SyncSummary> {
  const script = locateWorker(import.meta.url, './worker.ts', 'syncWorker.js')
  if (!script) return syncOnce(db, { url, credentials: async () => password, onProgress })
  const worker = startWorker<SyncWorkerInput>(script, { dbPath, url, password })
  return workerResult<SyncSummary, SyncWorkerMessage>(worker, 'sync', 'sync_failed', (m) => {
    if (m.type === 'progress') onProgress(m.progress)
    else if (m.type === 'done') return { value: m.summary }
    else return { error: new UserError(knownCode(m.code, 'sync_failed'), m.message) }
  })
}

// One sync round in a worker thread with its own connection to the store, so the window stays responsive while a
// large file is pulled and its rows go into the store and the cubes.
import { parentPort, workerData } from 'node:worker_threads'
import { openDb } from '../db/open'
import { errorMessage } from '../workers'
import type { BatchProgress } from './batches'
import { syncOnce, type SyncSummary } from './run'

export interface SyncWorkerInput {
  dbPath: string
  url: string
  /** Looked up in the keychain by the calling thread; never written anywhere. */
  password?: string
}

export type SyncWorkerMessage =
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'done'; summary: SyncSummary }
  | { type: 'error'; code: string; message: string }

const input = workerData as SyncWorkerInput | undefined
if (parentPort && input) {
  const port = parentPort
  const db = openDb(input.dbPath, { migrate: false })
  syncOnce(db, {
    url: input.url,
    credentials: async () => input.password,
    onProgress: (progress) => port.postMessage({ type: 'progress', progress } satisfies SyncWorkerMessage)
  })
    .then((summary) => port.postMessage({ type: 'done', summary } satisfies SyncWorkerMessage))
    .catch((err) => port.postMessage(errorMessage(err, 'sync_failed') satisfies SyncWorkerMessage))
    .finally(() => db.close())
}

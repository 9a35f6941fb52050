// Backs up a store, or checks and stages a backup for restore, in a worker thread with its own
// connection, so the window stays responsive while SQLite copies and checks a large store.
import { parentPort, workerData } from 'node:worker_threads'
import { errorMessage, type WorkerFailure } from '../workers'
import { backupStore, stageRestore, type StoreFileInfo } from '../db/backup'
import { openDb } from '../db/open'

export type BackupWorkerInput =
  { task: 'backup'; dbPath: string; target: string } | { task: 'stage'; dbPath: string; source: string }

export type BackupWorkerMessage =
  { type: 'backup'; path: string; bytes: number } | { type: 'stage'; path: string; info: StoreFileInfo } | WorkerFailure

const input = workerData as BackupWorkerInput | undefined
if (parentPort && input) {
  try {
    if (input.task === 'backup') {
      const db = openDb(input.dbPath, { migrate: false })
      try {
        parentPort.postMessage({ type: 'backup', ...backupStore(db, input.target) } satisfies BackupWorkerMessage)
      } finally {
        db.close()
      }
    } else {
      parentPort.postMessage({ type: 'stage', ...stageRestore(input.dbPath, input.source) } satisfies BackupWorkerMessage)
    }
  } catch (err) {
    parentPort.postMessage(errorMessage(err, 'backup_failed') satisfies BackupWorkerMessage)
  }
}

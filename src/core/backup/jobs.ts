// Runs a backup, or the check-and-copy half of a restore, off the calling thread (in-process only
// when no worker script exists).
import { UserError } from '../errors'
import { locateWorker, startWorker } from '../workers'
import { backupStore, stageRestore } from '../db/backup'
import type { BackupWorkerInput, BackupWorkerMessage } from './worker'
import type { Db } from '../db/open'

type Result<T extends BackupWorkerMessage['type']> = Omit<Extract<BackupWorkerMessage, { type: T }>, 'type'>

function run<T extends 'backup' | 'stage'>(
  input: BackupWorkerInput & { task: T },
  inProcess: () => Result<T>
): Promise<Result<T>> {
  const script = locateWorker(import.meta.url, './worker.ts', 'backupWorker.js')
  if (!script) return Promise.resolve().then(inProcess)
  const worker = startWorker<BackupWorkerInput>(script, input)
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true
        fn()
      }
    }
    worker.on('message', (m: BackupWorkerMessage) => {
      if (m.type === 'error') settle(() => reject(new UserError(m.code, m.message)))
      else {
        const { type: _type, ...result } = m
        settle(() => resolve(result as unknown as Result<T>))
      }
    })
    worker.on('error', (err) => settle(() => reject(new UserError('backup_failed', err.message))))
    worker.on('exit', (code) =>
      settle(() => reject(new UserError('backup_failed', `the backup worker stopped (exit code ${code})`)))
    )
  })
}

/** backupStore through its own connection to `dbPath` in a worker. */
export function runBackupJob(db: Db, dbPath: string, target: string): Promise<Result<'backup'>> {
  return run({ task: 'backup', dbPath, target }, () => backupStore(db, target))
}

/** stageRestore in a worker: the backup checked and copied beside the store, which stays as it is. */
export function runStageRestoreJob(dbPath: string, source: string): Promise<Result<'stage'>> {
  return run({ task: 'stage', dbPath, source }, () => stageRestore(dbPath, source))
}

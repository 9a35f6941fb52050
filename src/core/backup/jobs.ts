// Runs a backup, or the check-and-copy half of a restore, off the calling thread (in-process only
// when no worker script exists).
import { UserError } from '../errors'
import { locateWorker, startWorker, workerResult } from '../workers'
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
  return workerResult<Result<T>, BackupWorkerMessage>(worker, 'backup', 'backup_failed', (m) => {
    if (m.type === 'error') return { error: new UserError(m.code, m.message) }
    const { type: _type, ...result } = m
    return { value: result as unknown as Result<T> }
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

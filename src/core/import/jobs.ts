import type { Db } from '../db/open'
import { UserError } from '../errors'
import { locateWorker, startWorker } from '../workers'
import { importFile, type ImportOptions, type ImportResult } from './pipeline'
import { undoBatch, type Undoer } from './batches'
import type { UndoInput, WorkerInput, WorkerMessage } from './worker'

export interface Progress {
  jobId: string
  batchId: number
  rows: number
  bytes: number
  total: number
  phase: 'rows' | 'totals'
}

interface Job {
  cancel(): void
}

const jobs = new Map<string, Job>()
let nextJob = 1

const workerScript = () => locateWorker(import.meta.url, './worker.ts', 'importWorker.js')

/**
 * Imports one file off the calling thread. Resolves with the result, rejects with a UserError
 * (code 'cancelled' after cancel). Falls back to importing in-process when no worker script
 * can be found, so a host is never left without import.
 */
export function runImportJob(
  db: Db,
  dbPath: string,
  path: string,
  options: Omit<ImportOptions, 'onProgress' | 'isCancelled'>,
  onProgress: (p: Progress) => void,
  jobId = `job-${nextJob++}`
): { jobId: string; done: Promise<ImportResult> } {
  const script = workerScript()
  if (!script) {
    let cancelled = false
    jobs.set(jobId, { cancel: () => (cancelled = true) })
    const done = Promise.resolve()
      .then(() =>
        importFile(db, path, { ...options, onProgress: (p) => onProgress({ jobId, ...p }), isCancelled: () => cancelled })
      )
      .finally(() => jobs.delete(jobId))
    return { jobId, done }
  }
  const cancel = new SharedArrayBuffer(4)
  const worker = startWorker<WorkerInput>(script, { dbPath, path, options, cancel })
  jobs.set(jobId, { cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) })
  const done = new Promise<ImportResult>((resolve, reject) => {
    let settled = false
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress')
        onProgress({ jobId, batchId: m.batchId, rows: m.rows, bytes: m.bytes, total: m.total, phase: m.phase })
      else if (m.type === 'done') {
        settled = true
        resolve(m.result)
      } else if (m.type === 'error') {
        settled = true
        reject(new UserError(m.code, m.message))
      }
    })
    worker.on('error', (err) => {
      settled = true
      reject(new UserError('import_failed', err.message))
    })
    worker.on('exit', (code) => {
      jobs.delete(jobId)
      if (!settled) reject(new UserError('import_failed', `the import worker stopped (exit code ${code})`))
    })
  })
  return { jobId, done }
}

/**
 * Undoes one import off the calling thread: deleting a large batch's rows and taking them out of the rollups
 * takes seconds, which the window's thread must not spend. Rejects with a UserError (not_found, already_undone).
 */
export function runUndoJob(db: Db, dbPath: string, batchId: number, by: Undoer): Promise<{ removed: number }> {
  const script = workerScript()
  if (!script) return Promise.resolve().then(() => undoBatch(db, batchId, by))
  const worker = startWorker<UndoInput>(script, { dbPath, undoBatchId: batchId, by })
  return new Promise((resolve, reject) => {
    let settled = false
    worker.on('message', (m: WorkerMessage) => {
      settled = true
      if (m.type === 'undone') resolve({ removed: m.removed })
      else if (m.type === 'error') reject(new UserError(m.code, m.message))
    })
    worker.on('error', (err) => {
      settled = true
      reject(new UserError('undo_failed', err.message))
    })
    worker.on('exit', (code) => {
      if (!settled) reject(new UserError('undo_failed', `the undo worker stopped (exit code ${code})`))
    })
  })
}

export function cancelJob(jobId: string): boolean {
  const job = jobs.get(jobId)
  job?.cancel()
  return job !== undefined
}

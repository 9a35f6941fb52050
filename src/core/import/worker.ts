// Runs one import, or one undo, in a worker thread with its own database connection (WAL lets the app keep
// reading meanwhile). Cancel arrives through a shared flag because the import loop is synchronous.
import { parentPort, workerData } from 'node:worker_threads'
import { openDb } from '../db/open'
import { errorMessage, type WorkerFailure } from '../workers'
import { undoBatch, type Undoer } from './batches'
import { importFile, type ImportOptions } from './pipeline'

export interface WorkerInput {
  dbPath: string
  path: string
  options: Omit<ImportOptions, 'onProgress' | 'isCancelled'>
  cancel: SharedArrayBuffer
}

/** Undoes one import's batch instead (the same script, so no second bundle entry). */
export interface UndoInput {
  dbPath: string
  undoBatchId: number
  by: Undoer
}

export type WorkerMessage =
  | { type: 'progress'; batchId: number; rows: number; bytes: number; total: number; phase: 'rows' | 'totals' }
  | { type: 'done'; result: import('./pipeline').ImportResult }
  | { type: 'undone'; removed: number }
  | WorkerFailure

const input = workerData as WorkerInput | UndoInput | undefined
if (parentPort && input && 'undoBatchId' in input) {
  const db = openDb(input.dbPath, { migrate: false })
  try {
    parentPort.postMessage({ type: 'undone', ...undoBatch(db, input.undoBatchId, input.by) } satisfies WorkerMessage)
  } catch (err) {
    parentPort.postMessage(errorMessage(err, 'undo_failed') satisfies WorkerMessage)
  } finally {
    db.close()
  }
} else if (parentPort && input && !('undoBatchId' in input)) {
  const port = parentPort
  const flag = new Int32Array(input.cancel)
  const db = openDb(input.dbPath, { migrate: false })
  try {
    const result = importFile(db, input.path, {
      ...input.options,
      onProgress: (p) => port.postMessage({ type: 'progress', ...p } satisfies WorkerMessage),
      isCancelled: () => Atomics.load(flag, 0) === 1
    })
    port.postMessage({ type: 'done', result } satisfies WorkerMessage)
  } catch (err) {
    port.postMessage(errorMessage(err, 'import_failed') satisfies WorkerMessage)
  } finally {
    db.close()
  }
}

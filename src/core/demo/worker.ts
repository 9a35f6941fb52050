// Generates demo data in a worker thread with its own connection, so the window stays responsive
// and progress events arrive while it runs.
import { parentPort, workerData } from 'node:worker_threads'
import { openDb } from '../db/open'
import { errorMessage, type WorkerFailure } from '../workers'
import { generateDemo, type DemoSummary } from './generate'

export interface DemoWorkerInput {
  dbPath: string
  transactions: number
  seed: number
}

export type DemoWorkerMessage =
  { type: 'progress'; rows: number; total: number; month: string } | { type: 'done'; summary: DemoSummary } | WorkerFailure

const input = workerData as DemoWorkerInput | undefined
if (parentPort && input) {
  const port = parentPort
  const db = openDb(input.dbPath, { migrate: false })
  try {
    const summary = generateDemo(db, {
      transactions: input.transactions,
      seed: input.seed,
      onProgress: (p) => port.postMessage({ type: 'progress', ...p } satisfies DemoWorkerMessage)
    })
    port.postMessage({ type: 'done', summary } satisfies DemoWorkerMessage)
  } catch (err) {
    port.postMessage(errorMessage(err, 'demo_failed') satisfies DemoWorkerMessage)
  } finally {
    db.close()
  }
}

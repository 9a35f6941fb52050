import { UserError } from '../errors'
import type { Db } from '../db/open'
import { locateWorker, startWorker, workerResult } from '../workers'
import { generateDemo, type DemoSummary } from './generate'
import type { DemoWorkerInput, DemoWorkerMessage } from './worker'

type Progress = Extract<DemoWorkerMessage, { type: 'progress' }>

/**
 * Runs the demo generator off the calling thread (in-process only when no worker script exists),
 * reporting each committed month.
 */
export function runDemoJob(
  db: Db,
  dbPath: string,
  options: { transactions: number; seed: number },
  onProgress: (p: Omit<Progress, 'type'>) => void
): Promise<DemoSummary> {
  const script = locateWorker(import.meta.url, './worker.ts', 'demoWorker.js')
  if (!script) return Promise.resolve().then(() => generateDemo(db, { ...options, onProgress }))
  const worker = startWorker<DemoWorkerInput>(script, { dbPath, ...options })
  return workerResult<DemoSummary, DemoWorkerMessage>(worker, 'demo', 'demo_failed', (m) => {
    if (m.type === 'progress') onProgress({ rows: m.rows, total: m.total, month: m.month })
    else if (m.type === 'done') return { value: m.summary }
    else return { error: new UserError(m.code, m.message) }
  })
}

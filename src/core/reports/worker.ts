// Builds (and for html/csv/xlsx renders) one report in a worker thread with its own read
// connection, so the host's event loop — Electron's main process — stays free meanwhile.
import { parentPort, workerData } from 'node:worker_threads'
import { openDb } from '../db/open'
import { errorMessage, type WorkerFailure } from '../workers'
import type { ReportFormat, ReportParamsInput } from './params'
import { buildDocument, renderFile, type BuiltReport } from './render'

export interface ReportWorkerInput {
  dbPath: string
  params: ReportParamsInput
  /** Render this format too; null (preview) or 'pdf' (printed by the host) only builds. */
  format: ReportFormat | null
}

export type ReportWorkerMessage =
  { type: 'progress'; step: 'build' | 'render' } | { type: 'done'; built: BuiltReport; data: Uint8Array | null } | WorkerFailure

const input = workerData as ReportWorkerInput | undefined
if (parentPort && input) {
  const port = parentPort
  const db = openDb(input.dbPath, { migrate: false })
  try {
    port.postMessage({ type: 'progress', step: 'build' } satisfies ReportWorkerMessage)
    const built = buildDocument(db, input.params)
    let data: Uint8Array | null = null
    if (input.format && input.format !== 'pdf') {
      port.postMessage({ type: 'progress', step: 'render' } satisfies ReportWorkerMessage)
      data = new Uint8Array(await renderFile(built.doc, input.format))
    }
    port.postMessage({ type: 'done', built, data } satisfies ReportWorkerMessage)
  } catch (err) {
    port.postMessage(errorMessage(err, 'report_failed') satisfies ReportWorkerMessage)
  } finally {
    db.close()
  }
}

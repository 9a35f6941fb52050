// Runs report building off the calling thread when the worker script is available (source mode
// under tsx/vitest, or electron-vite's reportWorker.js chunk), else in-process between yields.
import { UserError } from '../errors'
import type { Db } from '../db/open'
import { locateWorker, startWorker } from '../workers'
import type { ReportFormat, ReportParamsInput } from './params'
import { buildDocument, renderFile, type BuiltReport } from './render'
import type { ReportWorkerInput, ReportWorkerMessage } from './worker'

export interface ReportJob {
  done: Promise<{ built: BuiltReport; data: Buffer | null }>
  cancel(): void
  /** Where the work runs: a worker thread, or this thread between yields when no worker script exists. */
  thread: 'worker' | 'in-process'
}

const workerScript = () => locateWorker(import.meta.url, './worker.ts', 'reportWorker.js')

const cancelledError = () => new UserError('cancelled', 'the report was cancelled')

/** Builds the report (and renders html/csv/xlsx) in a worker; `cancel()` stops it at once. */
export function runReportJob(
  db: Db,
  dbPath: string,
  params: ReportParamsInput,
  format: ReportFormat | null,
  onStep: (step: 'build' | 'render') => void
): ReportJob {
  const script = workerScript()
  if (!script) return inProcess(db, params, format, onStep)
  const worker = startWorker<ReportWorkerInput>(script, { dbPath, params, format })
  let cancelled = false
  const done = new Promise<{ built: BuiltReport; data: Buffer | null }>((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      fn()
    }
    worker.on('message', (m: ReportWorkerMessage) => {
      if (cancelled) settle(() => reject(cancelledError()))
      else if (m.type === 'progress') onStep(m.step)
      else if (m.type === 'done') settle(() => resolve({ built: m.built, data: m.data ? Buffer.from(m.data) : null }))
      else settle(() => reject(new UserError(m.code, m.message)))
    })
    worker.on('error', (err) => settle(() => reject(new UserError('report_failed', err.message))))
    worker.on('exit', (code) =>
      settle(() =>
        reject(cancelled ? cancelledError() : new UserError('report_failed', `the report worker stopped (exit code ${code})`))
      )
    )
  })
  return {
    done,
    thread: 'worker',
    cancel: () => {
      cancelled = true
      void worker.terminate()
    }
  }
}

function inProcess(
  db: Db,
  params: ReportParamsInput,
  format: ReportFormat | null,
  onStep: (step: 'build' | 'render') => void
): ReportJob {
  let cancelled = false
  const tick = () =>
    new Promise<void>((resolve, reject) => setImmediate(() => (cancelled ? reject(cancelledError()) : resolve())))
  const done = (async () => {
    onStep('build')
    await tick()
    const built = buildDocument(db, params)
    let data: Buffer | null = null
    if (format && format !== 'pdf') {
      onStep('render')
      await tick()
      data = await renderFile(built.doc, format)
    }
    await tick()
    return { built, data }
  })()
  return { done, thread: 'in-process', cancel: () => (cancelled = true) }
}

import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Db } from '../db/open'
import { importFile, type ImportOptions, type ImportResult } from './pipeline'
import type { WorkerInput, WorkerMessage } from './worker'

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

/**
 * Where the worker script is: next to this module when running from source (tsx, vitest), or
 * the `importWorker.js` chunk electron-vite emits next to the main bundle.
 */
function workerScript(): { url: URL; typescript: boolean } | undefined {
  const here = import.meta.url
  if (here.endsWith('.ts')) return { url: new URL('./worker.ts', here), typescript: true }
  // The code may land in index.js or in a shared chunk one folder down.
  const bundled = [new URL('./importWorker.js', here), new URL('../importWorker.js', here)].find((u) =>
    existsSync(fileURLToPath(u))
  )
  return bundled ? { url: bundled, typescript: false } : undefined
}

function startWorker(script: { url: URL; typescript: boolean }, data: WorkerInput): Worker {
  if (!script.typescript) return new Worker(script.url, { workerData: data })
  // Source mode: register tsx inside the worker before loading the TypeScript module.
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script.url.href)}) })`
  return new Worker(boot, { eval: true, workerData: data })
}

export class JobError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * Imports one file off the calling thread. Resolves with the result, rejects with a JobError
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
  const worker = startWorker(script, { dbPath, path, options, cancel })
  jobs.set(jobId, { cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) })
  const done = new Promise<ImportResult>((resolve, reject) => {
    let settled = false
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress')
        onProgress({ jobId, batchId: m.batchId, rows: m.rows, bytes: m.bytes, total: m.total, phase: m.phase })
      else if (m.type === 'done') {
        settled = true
        resolve(m.result)
      } else {
        settled = true
        reject(new JobError(m.code, m.message))
      }
    })
    worker.on('error', (err) => {
      settled = true
      reject(new JobError('import_failed', err.message))
    })
    worker.on('exit', (code) => {
      jobs.delete(jobId)
      if (!settled) reject(new JobError('import_failed', `the import worker stopped (exit code ${code})`))
    })
  })
  return { jobId, done }
}

export function cancelJob(jobId: string): boolean {
  const job = jobs.get(jobId)
  job?.cancel()
  return job !== undefined
}

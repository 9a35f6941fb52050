import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { storeError } from './db/store-errors'
import { knownCode, UserError, type ErrorCode } from './errors'

export interface WorkerScript {
  url: URL
  typescript: boolean
}

/**
 * Where a worker script is, seen from the module `here` (its import.meta.url): the TypeScript
 * `source` next to it when running from source (tsx, vitest), or the chunk `bundled` that
 * electron-vite emits next to the main bundle (the caller may sit in a shared chunk one folder down).
 */
export function locateWorker(here: string, source: string, bundled: string): WorkerScript | undefined {
  if (here.endsWith('.ts')) return { url: new URL(source, here), typescript: true }
  const url = [new URL(`./${bundled}`, here), new URL(`../${bundled}`, here)].find((u) => existsSync(fileURLToPath(u)))
  return url ? { url, typescript: false } : undefined
}

/** Starts the worker; in source mode tsx is registered inside the worker before the module loads. */
export function startWorker<Input>(script: WorkerScript, workerData: Input): Worker {
  if (!script.typescript) return new Worker(script.url, { workerData })
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script.url.href)}) })`
  return new Worker(boot, { eval: true, workerData })
}

/** What a worker's message settles: its result, a failure, or nothing yet (progress). */
export type Settles<T> = { value: T } | { error: Error } | undefined

/**
 * The one result of a worker that answers once: `read` turns each message into what it settles; a crash, or an
 * exit before an answer, rejects as `fallback` naming the `what` worker. Later events change nothing.
 */
export function workerResult<T, M>(worker: Worker, what: string, fallback: ErrorCode, read: (m: M) => Settles<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (outcome: Settles<T>) => {
      if (settled || !outcome) return
      settled = true
      if ('value' in outcome) resolve(outcome.value)
      else reject(outcome.error)
    }
    worker.on('message', (m: M) => settle(read(m)))
    worker.on('error', (err) => settle({ error: new UserError(fallback, err.message) }))
    worker.on('exit', (code) => settle({ error: new UserError(fallback, `the ${what} worker stopped (exit code ${code})`) }))
  })
}

/** How a worker reports a failure to the thread that started it. */
export interface WorkerFailure {
  type: 'error'
  code: ErrorCode
  message: string
}

/** A worker's failure as a message: the error's own code when it is one of ours (src/core/errors.ts), else `fallback`. */
export function errorMessage(err: unknown, fallback: ErrorCode): WorkerFailure {
  const store = storeError(err)
  if (store) return { type: 'error', code: store.code, message: store.message }
  return {
    type: 'error',
    code: knownCode((err as { code?: unknown }).code, fallback),
    message: err instanceof Error ? err.message : String(err)
  }
}

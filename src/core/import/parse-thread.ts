import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import { locateWorker, startWorker } from '../workers'
import type { Analysis } from './analyse'
import type { MerchantRef } from './merchants'
import type { ReadOptions, RowSink, StreamEnd } from './row-stream'
import { unpackRows, type PackedRows } from './row-transfer'
import { FileError } from './source'

export interface ParseInput {
  dbPath: string
  analysis: Analysis
  options: ReadOptions
  port: MessagePort
  /** Int32 slots: batches posted, batches taken, stop. */
  flow: SharedArrayBuffer
}

export type ParseMessage =
  | { type: 'rows'; batch: PackedRows; progress: { rows: number; bytes: number } | null }
  | { type: 'end'; end: StreamEnd }
  | { type: 'error'; code: string; message: string; file: boolean }

export const POSTED = 0
export const TAKEN = 1
export const STOP = 2
/** Batches the parsing thread may be ahead of the importing one: bounds memory (a batch is a few hundred rows). */
export const AHEAD = 16
/** A parsing thread that posts nothing for this long has died (a batch takes milliseconds; a 10 MB line, about a second). */
const SILENT_MS = 60_000

const script = () => locateWorker(import.meta.url, './parse-worker.ts', 'parseWorker.js')

/** Whether rows can be read on a second thread here (a bundle without the worker chunk cannot). */
export const canParseOnThread = () => script() !== undefined

/**
 * streamRows on a second thread (parse-worker.ts) with its own connection, its rows replayed into `sink` on this
 * one: reading, decoding and resolving rows then run alongside the inserts. Synchronous, so the caller's SQLite
 * transaction wraps it; the parsing thread is stopped however this ends.
 */
export function streamRowsOnThread(dbPath: string, analysis: Analysis, options: ReadOptions, sink: RowSink): StreamEnd {
  const found = script()
  if (!found) throw new Error('the parsing thread is not available in this build')
  const { port1, port2 } = new MessageChannel()
  const flow = new Int32Array(new SharedArrayBuffer(3 * 4))
  const input: ParseInput = { dbPath, analysis, options, port: port2, flow: flow.buffer as SharedArrayBuffer }
  // Small heap limits: the thread's garbage otherwise adds ~80 MB to the import's peak RSS, for no speed (1M rows).
  const worker = startWorker(found, input, {
    transferList: [port2],
    resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 }
  })
  const merchants = new Map<number, MerchantRef>()
  let taken = 0
  let heard = performance.now()
  try {
    for (;;) {
      const got = receiveMessageOnPort(port1)
      if (!got) {
        Atomics.wait(flow, POSTED, taken, 1000)
        if (performance.now() - heard > SILENT_MS) throw new Error('the parsing thread stopped answering')
        continue
      }
      heard = performance.now()
      Atomics.store(flow, TAKEN, ++taken)
      Atomics.notify(flow, TAKEN)
      const m = got.message as ParseMessage
      if (m.type === 'end') return m.end
      if (m.type === 'error')
        throw m.file
          ? new FileError(m.code as FileError['code'], m.message)
          : Object.assign(new Error(m.message), { code: m.code })
      unpackRows(m.batch, merchants, sink)
      if (m.progress) sink.progress(m.progress.rows, m.progress.bytes)
    }
  } finally {
    Atomics.store(flow, STOP, 1)
    Atomics.notify(flow, TAKEN)
    port1.close()
    void worker.terminate()
  }
}

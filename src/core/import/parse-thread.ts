import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import { replayStageOps, type StageOp, type StageWriter } from '../analytics/stage-writer'
import { locateWorker, startWorker } from '../workers'
import type { Analysis } from './analyse'
import type { AckMessage, Acks } from './fact-acks'
import type { MerchantRef } from './merchants'
import type { ReadOptions, RowSink, StreamEnd } from './row-stream'
import { unpackRows, type PackedRows } from './row-transfer'
import { FileError } from './source'

export interface ParseInput {
  dbPath: string
  analysis: Analysis
  options: ReadOptions
  /** Rows and rollup writes to the importing thread. */
  port: MessagePort
  /** Acknowledgements back (fact-acks.ts). */
  acks: MessagePort
  /** Int32 slots: batches posted, batches taken, stop, acknowledgements posted, pieces of the file read. */
  flow: SharedArrayBuffer
}

export type ParseMessage =
  | { type: 'rows'; batch: PackedRows; progress: { rows: number; bytes: number } | null; ops: StageOp[] }
  | { type: 'end'; end: StreamEnd }
  /** After the last acknowledgement: the rollups' last writes. */
  | { type: 'done'; ops: StageOp[] }
  | { type: 'error'; code: string; message: string; file: boolean }

export const POSTED = 0
export const TAKEN = 1
export const STOP = 2
export const ACKED = 3
export const READ = 4
/**
 * Batches the parsing thread may be ahead of the importing one: bounds memory (a batch is a few hundred rows). Both
 * sides work in bursts (the stager's flushes, replaying them); with 16, each thread waited for the other by turns.
 */
export const AHEAD = 64
/**
 * A parsing thread that neither posts nor reads for this long has died: it reads a piece of the file in milliseconds,
 * and goes quiet for a few seconds only after the last piece of a 100 MB line, while it splits that record.
 */
const SILENT_MS = 60_000

const script = () => locateWorker(import.meta.url, './parse-worker.ts', 'parseWorker.js')

/** Whether rows can be read on a second thread here (a bundle without the worker chunk cannot). */
export const canParseOnThread = () => script() !== undefined

/** The importing side of the rollups: outcomes to send back, the writer the stager's writes go to, and the flush that settles the last rows. */
export interface Rollups {
  acks: Acks
  writer: StageWriter
  settleAll(): void
}

/**
 * streamRows on a second thread (parse-worker.ts) with its own connection, its rows replayed into `sink` on this
 * one: reading, decoding and resolving rows and gathering the rollups then run alongside the inserts. The
 * outcome of each row goes back to the parsing thread as `rollups.acks` collects it, and the rollups it gathers
 * are written through `rollups.writer`. Synchronous, so the caller's SQLite transaction wraps it; the parsing
 * thread is stopped however this ends.
 */
export function streamRowsOnThread(
  dbPath: string,
  analysis: Analysis,
  options: ReadOptions,
  sink: RowSink,
  rollups: Rollups
): StreamEnd {
  const found = script()
  if (!found) throw new Error('the parsing thread is not available in this build')
  const rows = new MessageChannel()
  const back = new MessageChannel()
  const flow = new Int32Array(new SharedArrayBuffer(5 * 4))
  const input: ParseInput = {
    dbPath,
    analysis,
    options,
    port: rows.port2,
    acks: back.port2,
    flow: flow.buffer as SharedArrayBuffer
  }
  // Heap limits: with V8's defaults the thread's garbage added ~80 MB to the import's peak RSS for no speed; with a
  // 4 MB young generation it spent 2 s of 1M rows collecting (docs/decisions.md). 1 GB of old generation still reads
  // a 250 MB line (256 MB did not); a limit of 4 GB made V8 grow the heap early (+65 MB peak RSS).
  const worker = startWorker(found, input, {
    transferList: [rows.port2, back.port2],
    resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 }
  })
  const merchants = new Map<number, MerchantRef>()
  let end: StreamEnd | undefined
  let acked = 0
  const acknowledge = (last: boolean) => {
    back.port1.postMessage(rollups.acks.take(last) satisfies AckMessage)
    Atomics.store(flow, ACKED, ++acked)
    Atomics.notify(flow, ACKED)
  }
  let taken = 0
  let heard = performance.now()
  let read = 0
  try {
    for (;;) {
      const got = receiveMessageOnPort(rows.port1)
      if (!got) {
        Atomics.wait(flow, POSTED, taken, 1000)
        // A long record is read without a batch to post: the pieces read say the thread is alive.
        if (Atomics.load(flow, READ) !== read) {
          read = Atomics.load(flow, READ)
          heard = performance.now()
        }
        if (performance.now() - heard > SILENT_MS)
          throw new Error('the thread reading the file stopped answering (out of memory?); nothing was written')
        continue
      }
      heard = performance.now()
      Atomics.store(flow, TAKEN, ++taken)
      Atomics.notify(flow, TAKEN)
      const m = got.message as ParseMessage
      if (m.type === 'error')
        throw m.file
          ? new FileError(m.code as FileError['code'], m.message)
          : Object.assign(new Error(m.message), { code: m.code })
      if (m.type === 'end') {
        end = m.end
        rollups.settleAll()
        acknowledge(true)
        continue
      }
      replayStageOps(rollups.writer, m.ops)
      if (m.type === 'done') {
        if (!end) throw new Error('the parsing thread finished before its last row')
        return end
      }
      unpackRows(m.batch, merchants, sink)
      if (m.progress) sink.progress(m.progress.rows, m.progress.bytes)
      if (!rollups.acks.empty) acknowledge(false)
    }
  } finally {
    Atomics.store(flow, STOP, 1)
    Atomics.notify(flow, TAKEN)
    Atomics.notify(flow, ACKED)
    rows.port1.close()
    back.port1.close()
    void worker.terminate()
  }
}

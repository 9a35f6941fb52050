// The parsing thread of a large import (parse-thread.ts): reads, decodes and resolves the file's rows with its
// own connection, which only reads, and posts them packed to the importing thread, at most AHEAD batches ahead.
// It also gathers the rollups of the rows the importing thread reports stored, and posts their writes.
import { receiveMessageOnPort, workerData } from 'node:worker_threads'
import { FactStager } from '../analytics/fact-stager'
import { RecordingStageWriter } from '../analytics/stage-writer'
import { openDb } from '../db/open'
import { errorMessage } from '../workers'
import { FactQueue, type AckMessage } from './fact-acks'
import { ACKED, AHEAD, POSTED, READ, STOP, TAKEN, type ParseInput, type ParseMessage } from './parse-thread'
import { factOf } from './row'
import { streamRows } from './row-stream'
import { RowPacker } from './row-transfer'
import { FileError } from './source'

class Stopped extends Error {}

/**
 * A batch is posted once its texts reach this many characters: strings of a few hundred kB would go to the
 * receiving thread's large-object space, which only a full GC frees (4,096-row batches raised peak RSS by ~80 MB).
 */
const BATCH_CHARS = 32_768

const input = workerData as ParseInput | undefined
if (input) {
  const { port } = input
  const flow = new Int32Array(input.flow)
  const stopped = () => Atomics.load(flow, STOP) === 1
  let posted = 0
  const post = (m: ParseMessage) => {
    port.postMessage(m, m.type === 'rows' ? [m.batch.nums.buffer as ArrayBuffer, m.batch.lens.buffer as ArrayBuffer] : [])
    Atomics.store(flow, POSTED, ++posted)
    Atomics.notify(flow, POSTED)
  }
  const writes = new RecordingStageWriter()
  const stager = new FactStager(writes)
  const queue = new FactQueue(stager)
  /** Applies the acknowledgements that have come in; returns whether the last one was among them. */
  const takeAcks = (): boolean => {
    let last = false
    for (let got = receiveMessageOnPort(input.acks); got; got = receiveMessageOnPort(input.acks)) {
      const ack = got.message as AckMessage
      queue.apply(ack)
      last ||= ack.last
    }
    return last
  }
  const packer = new RowPacker()
  let progress: { rows: number; bytes: number } | null = null
  const send = () => {
    takeAcks()
    post({ type: 'rows', batch: packer.take(), progress, ops: writes.take() })
    progress = null
    for (let taken = Atomics.load(flow, TAKEN); posted - taken >= AHEAD && !stopped(); taken = Atomics.load(flow, TAKEN))
      Atomics.wait(flow, TAKEN, taken, 1000)
    if (stopped()) throw new Stopped()
  }
  const db = openDb(input.dbPath, { migrate: false })
  try {
    const end = streamRows(db, input.analysis, input.options, {
      created: (c) => packer.created(c),
      row: (r, fingerprint, line, raw) => {
        queue.push(factOf(r))
        if (packer.row(r, fingerprint, line, raw) >= BATCH_CHARS) send()
      },
      rejected: (line, raw, reason) => packer.rejected(line, raw, reason),
      progress: (rows, bytes) => (progress = { rows, bytes }),
      reading: () => Atomics.add(flow, READ, 1)
    })
    progress = { rows: end.rows, bytes: end.bytes }
    send()
    post({ type: 'end', end })
    for (let seen = Atomics.load(flow, ACKED); !takeAcks(); seen = Atomics.load(flow, ACKED)) {
      if (stopped()) throw new Stopped()
      Atomics.wait(flow, ACKED, seen, 1000)
    }
    stager.finish()
    post({ type: 'done', ops: writes.take() })
  } catch (err) {
    if (!(err instanceof Stopped)) post({ ...errorMessage(err, 'import_failed'), file: err instanceof FileError })
  } finally {
    db.close()
    port.close()
    input.acks.close()
  }
}

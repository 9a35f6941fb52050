// The parsing thread of a large import (parse-thread.ts): reads, decodes and resolves the file's rows with its
// own connection, which only reads, and posts them packed to the importing thread, at most AHEAD batches ahead.
import { workerData } from 'node:worker_threads'
import { openDb } from '../db/open'
import { errorMessage } from '../workers'
import { AHEAD, POSTED, STOP, TAKEN, type ParseInput, type ParseMessage } from './parse-thread'
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
  let posted = 0
  const post = (m: ParseMessage) => {
    port.postMessage(m, m.type === 'rows' ? [m.batch.nums.buffer as ArrayBuffer, m.batch.lens.buffer as ArrayBuffer] : [])
    Atomics.store(flow, POSTED, ++posted)
    Atomics.notify(flow, POSTED)
  }
  const packer = new RowPacker()
  let progress: { rows: number; bytes: number } | null = null
  const send = () => {
    post({ type: 'rows', batch: packer.take(), progress })
    progress = null
    for (let taken = Atomics.load(flow, TAKEN); posted - taken >= AHEAD; taken = Atomics.load(flow, TAKEN)) {
      if (Atomics.load(flow, STOP)) break
      Atomics.wait(flow, TAKEN, taken, 1000)
    }
    if (Atomics.load(flow, STOP)) throw new Stopped()
  }
  const db = openDb(input.dbPath, { migrate: false })
  try {
    const end = streamRows(db, input.analysis, input.options, {
      created: (c) => packer.created(c),
      row: (r, fingerprint, line, raw) => {
        if (packer.row(r, fingerprint, line, raw) >= BATCH_CHARS) send()
      },
      rejected: (line, raw, reason) => packer.rejected(line, raw, reason),
      progress: (rows, bytes) => (progress = { rows, bytes })
    })
    progress = { rows: end.rows, bytes: end.bytes }
    send()
    post({ type: 'end', end })
  } catch (err) {
    if (!(err instanceof Stopped)) post({ ...errorMessage(err, 'import_failed'), file: err instanceof FileError })
  } finally {
    db.close()
    port.close()
  }
}

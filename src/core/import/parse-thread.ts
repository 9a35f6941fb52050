// Reading, decoding and parsing a file on a second thread while the import's thread resolves, binds and writes.
// The import stays one synchronous SQLite transaction, so the writer takes parsed chunks off a MessagePort with
// receiveMessageOnPort and sleeps on a shared counter between them; the parser sleeps while CHUNKS_IN_FLIGHT
// chunks wait, so memory stays bounded however large the file.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads'
import { UserError } from '../errors'
import { errorMessage, locateWorker, startWorker, type WorkerFailure } from '../workers'
import type { Analysis } from './analyse'
import type { RowOut } from './formats/types'
import { parseRecords, type ParseEnd, type Parsed } from './parsed-records'

export interface ParseInput {
  parse: Analysis
  port: MessagePort
  /** [chunks posted and not yet taken, chunks posted in all, stop] */
  shared: SharedArrayBuffer
}

const CHUNK_ROWS = 4096
/**
 * A chunk is also cut at this many characters of raw text: its one string then stays out of V8's large-object
 * space (see source.ts), and a file of very long lines holds a few chunks, not a few thousand lines, in memory.
 */
const CHUNK_CHARS = 1 << 15
const CHUNKS_IN_FLIGHT = 3
const [WAITING, POSTED, STOP] = [0, 1, 2]
/** Below this a file is parsed on the import's own thread: starting a thread would cost more than it saves. */
export const PARSE_THREAD_BYTES = 4 << 20

/** The string-valued fields of a parsed row, in the order a chunk holds them after the raw line. */
const TEXT = [
  'externalId',
  'merchantName',
  'merchantCountry',
  'merchantFallback',
  'store',
  'terminal',
  'kind',
  'status',
  'method',
  'scheme',
  'cardCountry',
  'amount',
  'currency',
  'fee',
  'partnerId'
] as const satisfies readonly (keyof RowOut)[]
/** raw, reject reason or zone country, then TEXT */
const SLOTS = 2 + TEXT.length
/** line, bytes, y, m, d, h, mi, s, ms, offsetMs, zone offset, flags */
const NUMBERS = 12
const [MINOR, DEFAULTED, REJECT] = [1, 2, 4]

/**
 * A chunk as three values cheap to post: every string laid end to end in one string with their lengths (-1 for
 * none) beside it, and the numbers in one array. Cloning one long string is a copy; many small strings and
 * objects cost a lookup and an allocation each on both sides.
 */
interface Chunk {
  text: string
  lengths: Int32Array
  numbers: Float64Array
}

type Message = { chunk: Chunk } | { end: ParseEnd } | WorkerFailure

function encode(items: Parsed[]): Chunk {
  const parts: string[] = []
  const lengths = new Int32Array(items.length * SLOTS)
  const numbers = new Float64Array(items.length * NUMBERS)
  let s = 0
  const put = (v: string | undefined) => {
    lengths[s++] = v === undefined ? -1 : v.length
    if (v !== undefined) parts.push(v)
  }
  items.forEach((p, i) => {
    const n = i * NUMBERS
    numbers[n] = p.line
    numbers[n + 1] = p.bytes
    put(p.raw)
    if ('reject' in p.out) {
      numbers[n + 11] = REJECT
      put(p.out.reject)
      for (let k = 0; k < TEXT.length; k++) put(undefined)
      return
    }
    const row = p.out
    const t = row.when
    numbers.set([t.y, t.m, t.d, t.h, t.mi, t.s, t.ms, t.offsetMs ?? NaN], n + 2)
    numbers[n + 10] = row.zone && 'offsetMs' in row.zone ? row.zone.offsetMs : NaN
    numbers[n + 11] = (row.amountIsMinor ? MINOR : 0) | (row.methodDefaulted ? DEFAULTED : 0)
    put(row.zone && 'country' in row.zone ? row.zone.country : undefined)
    for (const key of TEXT) put(row[key])
  })
  return { text: parts.join(''), lengths, numbers }
}

function decode({ text, lengths, numbers }: Chunk): Parsed[] {
  const items: Parsed[] = []
  let at = 0
  let s = 0
  const take = (): string | undefined => {
    const n = lengths[s++]
    if (n < 0) return undefined
    at += n
    return text.slice(at - n, at)
  }
  for (let n = 0; n < numbers.length; n += NUMBERS) {
    const line = numbers[n]
    const bytes = numbers[n + 1]
    const raw = take() as string
    const flags = numbers[n + 11]
    if (flags & REJECT) {
      items.push({ line, raw, bytes, out: { reject: take() as string } })
      s += TEXT.length
      continue
    }
    const offsetMs = numbers[n + 9]
    const zoneOffset = numbers[n + 10]
    const zoneCountry = take()
    const row = {
      when: {
        y: numbers[n + 2],
        m: numbers[n + 3],
        d: numbers[n + 4],
        h: numbers[n + 5],
        mi: numbers[n + 6],
        s: numbers[n + 7],
        ms: numbers[n + 8],
        offsetMs: Number.isNaN(offsetMs) ? undefined : offsetMs
      },
      zone:
        zoneCountry !== undefined ? { country: zoneCountry } : Number.isNaN(zoneOffset) ? undefined : { offsetMs: zoneOffset },
      amountIsMinor: flags & MINOR ? true : undefined,
      methodDefaulted: flags & DEFAULTED ? true : undefined
    } as Record<string, unknown>
    for (const key of TEXT) row[key] = take()
    items.push({ line, raw, bytes, out: row as unknown as RowOut })
  }
  return items
}

/** The parsing thread's side: posts the file's records in chunks, never more than CHUNKS_IN_FLIGHT ahead. */
export function postParsedRecords({ parse, port, shared }: ParseInput): void {
  const flags = new Int32Array(shared)
  const post = (m: Message, transfer: ArrayBuffer[] = []) => {
    port.postMessage(m, transfer)
    Atomics.add(flags, WAITING, 1)
    Atomics.add(flags, POSTED, 1)
    Atomics.notify(flags, POSTED)
  }
  try {
    const records = parseRecords(parse)
    let items: Parsed[] = []
    let chars = 0
    for (;;) {
      const next = records.next()
      if (!next.done) {
        items.push(next.value)
        chars += next.value.raw.length
      }
      if (items.length === CHUNK_ROWS || chars >= CHUNK_CHARS || (next.done && items.length > 0)) {
        for (let waiting; (waiting = Atomics.load(flags, WAITING)) >= CHUNKS_IN_FLIGHT;) {
          if (Atomics.load(flags, STOP) === 1) return
          Atomics.wait(flags, WAITING, waiting)
        }
        if (Atomics.load(flags, STOP) === 1) return
        const chunk = encode(items)
        post({ chunk }, [chunk.lengths.buffer as ArrayBuffer, chunk.numbers.buffer as ArrayBuffer])
        items = []
        chars = 0
      }
      if (next.done) return post({ end: next.value })
    }
  } catch (err) {
    post(errorMessage(err, 'import_failed'))
  } finally {
    port.close()
  }
}

export interface ParseThread {
  /** What parseRecords yields, in the same order. */
  records: Generator<Parsed, ParseEnd>
  /** Ends the thread, whether or not it finished. */
  stop(): void
}

/** Parses a file of PARSE_THREAD_BYTES or more on a second thread; undefined for a smaller one. */
export const startParseThread = (analysis: Analysis): ParseThread | undefined =>
  analysis.size < PARSE_THREAD_BYTES ? undefined : parseOnThread(analysis)

/** Starts parsing the analysed file on a second thread; undefined where no worker script can be found. */
export function parseOnThread(analysis: Analysis): ParseThread | undefined {
  const script = locateWorker(import.meta.url, './parse-worker.ts', 'parseWorker.js')
  if (!script) return undefined
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT)
  const flags = new Int32Array(shared)
  const { port1, port2 } = new MessageChannel()
  const worker: Worker = startWorker<ParseInput>(script, { parse: { ...analysis, sample: [] }, port: port2, shared }, [port2])
  worker.unref()
  const take = (): Message => {
    for (;;) {
      const posted = Atomics.load(flags, POSTED)
      const got = receiveMessageOnPort(port1) as { message: Message } | undefined
      if (got) {
        Atomics.sub(flags, WAITING, 1)
        Atomics.notify(flags, WAITING)
        return got.message
      }
      Atomics.wait(flags, POSTED, posted, 1000)
    }
  }
  function* records(): Generator<Parsed, ParseEnd> {
    for (;;) {
      const m = take()
      if ('chunk' in m) yield* decode(m.chunk)
      else if ('end' in m) return m.end
      else throw new UserError(m.code, m.message)
    }
  }
  return {
    records: records(),
    stop() {
      Atomics.store(flags, STOP, 1)
      Atomics.notify(flags, WAITING)
      port1.close()
      void worker.terminate()
    }
  }
}

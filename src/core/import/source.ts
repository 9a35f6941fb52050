import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { UserError } from '../errors'
import { bomLength, detectFileEncoding, pieceDecoderFor, type Encoding } from './text/encoding'

/**
 * Text is read and decoded in 64 KB pieces: a string over 128 KB goes to V8's large-object space, which only a full
 * collection frees, so larger pieces grow the heap between collections (figures in docs/benchmarks.md).
 */
const CHUNK = 1 << 16

export function fileSize(path: string): number {
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new UserError('unreadable', 'it is not a file')
    return st.size
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError('unreadable', `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
}

export function guessEncoding(path: string): { encoding: Encoding; bomBytes: number } {
  try {
    return detectFileEncoding(path)
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError('unreadable', `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
}

function readHead(path: string, n: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(n)
    const got = readSync(fd, buf, 0, n, 0)
    return buf.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}

/**
 * Decoded text of a file in pieces of about CHUNK bytes, read synchronously so one SQLite transaction can wrap
 * the whole import. `onBytes` reports how far into the file the reader is.
 */
export function* textChunks(
  path: string,
  encoding: Encoding,
  onBytes?: (bytes: number, chunk: Buffer) => void,
  limitBytes?: number
): Generator<string> {
  const head = readHead(path, 4)
  const skip = bomLength(head, encoding)
  const decoder = pieceDecoderFor(encoding)
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(CHUNK)
    let position = skip
    if (skip > 0) onBytes?.(skip, head.subarray(0, skip))
    for (;;) {
      const want = limitBytes === undefined ? CHUNK : Math.min(CHUNK, limitBytes - position)
      const n = want > 0 ? readSync(fd, buf, 0, want, position) : 0
      if (n === 0) break
      position += n
      onBytes?.(position, buf.subarray(0, n))
      const text = decoder.write(buf.subarray(0, n))
      if (text) yield text
    }
    const rest = decoder.end()
    if (rest) yield rest
  } finally {
    closeSync(fd)
  }
}

/** The first `bytes` of a file as text (for sniffing the delimiter and the sample rows). */
export function headText(path: string, encoding: Encoding, bytes: number): { text: string; whole: boolean } {
  let text = ''
  for (const chunk of textChunks(path, encoding, undefined, bytes)) text += chunk
  return { text, whole: fileSize(path) <= bytes }
}

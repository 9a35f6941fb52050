import { closeSync, openSync, readSync } from 'node:fs'
import { isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type Encoding = (typeof ENCODINGS)[number]

export interface EncodingGuess {
  encoding: Encoding
  /** Bytes of byte-order mark to skip before decoding. */
  bomBytes: number
}

export class NotTextError extends Error {
  readonly code = 'not_text'
}

const SAMPLE = 64 * 1024
const CHUNK = 1 << 20
/**
 * Bytes read to tell UTF-8 from Windows-1252 (about 100,000 terminal-export rows): the preview runs on the
 * window's thread, which must not read a whole large file first.
 */
export const SNIFF_BYTES = 8 * CHUNK

/** Looks at the byte-order mark, then at whether the bytes are valid UTF-8; else Windows-1252. */
export function detectEncodingOfBytes(head: Buffer, utf8Valid: boolean): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8-bom', bomBytes: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 }
  const sample = head.subarray(0, SAMPLE)
  let zerosOdd = 0
  let zerosEven = 0
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]
    if (b === 0) {
      if (i % 2 === 1) zerosOdd++
      else zerosEven++
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++
  }
  // ASCII text in UTF-16 without a BOM: every other byte is zero.
  if (sample.length >= 4 && zerosOdd > sample.length / 4 && zerosEven === 0) return { encoding: 'utf-16le', bomBytes: 0 }
  if (sample.length >= 4 && zerosEven > sample.length / 4 && zerosOdd === 0) return { encoding: 'utf-16be', bomBytes: 0 }
  if (zerosOdd + zerosEven > 0 || controls > sample.length / 100)
    throw new NotTextError('the file is not text (it contains binary data)')
  return { encoding: utf8Valid ? 'utf-8' : 'windows-1252', bomBytes: 0 }
}

/** Index just after the last complete UTF-8 sequence in buf, so chunked validation never splits a character. */
function completeUtf8Length(buf: Buffer): number {
  let i = buf.length - 1
  let back = 0
  while (i >= 0 && back < 4 && (buf[i] & 0xc0) === 0x80) {
    i--
    back++
  }
  if (i < 0) return buf.length
  const lead = buf[i]
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return buf.length - i >= need ? buf.length : i
}

/** Reads the first SNIFF_BYTES (in 1 MB chunks, so memory stays flat) to tell UTF-8 from Windows-1252. */
export function detectFileEncoding(path: string): EncodingGuess {
  const fd = openSync(path, 'r')
  try {
    const chunk = Buffer.allocUnsafe(CHUNK + 4)
    let carry = 0
    let head: Buffer | undefined
    let valid = true
    let read = 0
    for (;;) {
      const atLimit = read >= SNIFF_BYTES
      const n = atLimit ? 0 : readSync(fd, chunk, carry, CHUNK, null)
      read += n
      const total = carry + n
      if (!head) {
        head = Buffer.from(chunk.subarray(0, Math.min(total, SAMPLE)))
        if (head[0] === 0xef || head[0] === 0xff || head[0] === 0xfe) break
      }
      // At the end of the file a cut-off character is invalid; at the limit it is only cut by the limit.
      const end = n === 0 && !atLimit ? total : completeUtf8Length(chunk.subarray(0, total))
      if (!isUtf8(chunk.subarray(0, end))) {
        valid = false
        break
      }
      if (n === 0) break
      chunk.copy(chunk, 0, end, total)
      carry = total - end
    }
    return detectEncodingOfBytes(head ?? Buffer.alloc(0), valid)
  } finally {
    closeSync(fd)
  }
}

/** A streaming decoder for one encoding (TextDecoder keeps split characters between chunks). */
export function decoderFor(encoding: Encoding): TextDecoder {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding
  // ignoreBOM: the caller skips the BOM bytes itself, so a BOM-less file keeps a leading U+FEFF as data.
  return new TextDecoder(label, { ignoreBOM: true })
}

/** Decodes a file piece by piece, keeping a character split between pieces for the next one. */
export interface PieceDecoder {
  write(bytes: Buffer): string
  end(): string
}

/**
 * UTF-8 goes through Buffer#toString, which gives V8's compact one-byte strings for Latin-1 text
 * where TextDecoder gives two-byte ones (slower to slice, hash and compare for every field). Both
 * follow the WHATWG decoding (one U+FFFD per maximal bad subpart), and a piece is only ever cut
 * before a lead byte whose sequence it does not hold whole, where a streaming decoder would be
 * between characters, so the text is the same as TextDecoder's.
 */
class Utf8Pieces implements PieceDecoder {
  private tail: Buffer | null = null

  write(bytes: Buffer): string {
    const all = this.tail ? Buffer.concat([this.tail, bytes]) : bytes
    const cut = utf8Cut(all)
    this.tail = cut < all.length ? Buffer.from(all.subarray(cut)) : null
    return all.toString('utf8', 0, cut)
  }

  end(): string {
    const rest = this.tail ? this.tail.toString('utf8') : ''
    this.tail = null
    return rest
  }
}

/**
 * Where to cut so no multi-byte sequence is split: after the last line feed (so the record reader
 * gets pieces ending in whole lines and need not join its leftover to the next piece, which makes a
 * rope string that is slower to slice), else before the last lead byte if its sequence runs past the end.
 */
function utf8Cut(bytes: Buffer): number {
  const len = bytes.length
  const lineEnd = bytes.lastIndexOf(0x0a)
  if (lineEnd !== -1) return lineEnd + 1
  for (let k = len - 1; k >= 0 && k >= len - 3; k--) {
    const b = bytes[k]
    if (b < 0x80) return len
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
      return k + need > len ? k : len
    }
  }
  return len
}

// Windows-1252 differs from Latin-1 only in bytes 0x80–0x9F.
const C1 = /[\x80-\x9f]/

/** The piece decoder for an encoding; `decoderFor`'s TextDecoder except for UTF-8 and Windows-1252. */
export function pieceDecoderFor(encoding: Encoding): PieceDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return new Utf8Pieces()
  const decoder = decoderFor(encoding)
  if (encoding === 'windows-1252') {
    // One byte per character and no state: a piece without 0x80–0x9F is its Latin-1 text (compact strings).
    return {
      write(bytes) {
        const latin1 = bytes.toString('latin1')
        return C1.test(latin1) ? decoder.decode(bytes, { stream: true }) : latin1
      },
      // Node 20's non-streaming windows-1252 decode drops characters ("\xff\x80" → ""): always stream.
      end: () => decoder.decode()
    }
  }
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() }
}

/** Bytes to skip for a user-chosen encoding (override): its BOM, when the file has one. */
export function bomLength(head: Buffer, encoding: Encoding): number {
  if ((encoding === 'utf-8' || encoding === 'utf-8-bom') && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 3
  if (encoding === 'utf-16le' && head[0] === 0xff && head[1] === 0xfe) return 2
  if (encoding === 'utf-16be' && head[0] === 0xfe && head[1] === 0xff) return 2
  return 0
}

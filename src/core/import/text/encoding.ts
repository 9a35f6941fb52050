import { UserError } from '../../errors'
import { closeSync, openSync, readSync } from 'node:fs'
import { isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'

import { ENCODINGS, type Encoding } from '../../../shared/import-choices'

export { ENCODINGS, type Encoding }

export interface EncodingGuess {
  encoding: Encoding
  /** Bytes of byte-order mark to skip before decoding. */
  bomBytes: number
}

const SAMPLE = 64 * 1024
const CHUNK = 1 << 20
/** Detection reads this much of a file: it runs where the window waits; lines past it that do not decode are rejected by line. */
export const DETECT_BYTES = 8 << 20

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
    throw new UserError('not_text', 'the file is not text (it contains binary data)')
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

/**
 * Reads the whole file (in 1 MB chunks, so memory stays flat) to tell UTF-8 from Windows-1252. A file that is not
 * all valid UTF-8 is read a second time to weigh the evidence (utf8Evidence), so a few stray bytes in a UTF-8
 * file do not turn every "Øst" into "Ã˜st": the lines holding them are rejected instead (records.ts, 'bad_bytes').
 */
export function detectFileEncoding(path: string): EncodingGuess {
  const fd = openSync(path, 'r')
  try {
    const chunk = Buffer.allocUnsafe(CHUNK + 4)
    let head: Buffer | undefined
    let valid = true
    forEachChunk(fd, chunk, (bytes, first) => {
      if (first) {
        head = Buffer.from(bytes.subarray(0, SAMPLE))
        if (bomLength(head, 'utf-8') + bomLength(head, 'utf-16le') + bomLength(head, 'utf-16be') > 0) return false
      }
      valid = isUtf8(bytes)
      return valid
    })
    if (!valid) {
      const evidence = { sequences: 0, strays: 0 }
      forEachChunk(fd, chunk, (bytes) => (utf8Evidence(bytes, evidence), true))
      valid = evidence.sequences >= evidence.strays
    }
    return detectEncodingOfBytes(head ?? Buffer.alloc(0), valid)
  } finally {
    closeSync(fd)
  }
}

/**
 * Calls `each` with the first DETECT_BYTES of the file chunk by chunk, never splitting a UTF-8 sequence, until it
 * returns false.
 */
function forEachChunk(fd: number, chunk: Buffer, each: (bytes: Buffer, first: boolean) => boolean): void {
  let carry = 0
  let position = 0
  for (let first = true; ; first = false) {
    const n = readSync(fd, chunk, carry, Math.min(CHUNK, DETECT_BYTES - position), position)
    position += n
    const total = carry + n
    const end = n === 0 ? total : completeUtf8Length(chunk.subarray(0, total))
    if (!each(chunk.subarray(0, end), first) || n === 0) return
    chunk.copy(chunk, 0, end, total)
    carry = total - end
  }
}

// Bytes Windows-1252 leaves undefined, and ÿ, which no Nordic text uses: no evidence the file is Windows-1252.
const NOT_1252_TEXT = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff])

/**
 * Counts well-formed UTF-8 multi-byte sequences, and the bytes outside them that would be letters or signs in
 * Windows-1252 (strays). Windows-1252 text almost never forms a UTF-8 sequence (a letter such as Ø followed by
 * a byte in 0x80–0xBF), and a UTF-8 file with a damaged byte still has its æøå as sequences.
 */
export function utf8Evidence(bytes: Buffer, into: { sequences: number; strays: number }): void {
  const len = bytes.length
  for (let i = 0; i < len;) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    let ok = need > 0 && i + need < len
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80
    if (ok) {
      into.sequences++
      i += need + 1
    } else {
      if (!NOT_1252_TEXT.has(b)) into.strays++
      i++
    }
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
// The five bytes Windows-1252 leaves undefined (decoded as C1 controls): U+FFFD, so their lines are rejected.
const UNDEFINED_1252 = /[\x81\x8d\x8f\x90\x9d]/g

// A byte 0x80–0xBF as Windows-1252 reads it (the five undefined ones are U+FFFD here).
const CONT =
  '[\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\ufffd]'
/** A UTF-8 multi-byte sequence read as Windows-1252 ("Ã˜" for "Ø", "â‚¬" for "€"): a lead byte and its continuations. */
export const UTF8_AS_1252 = new RegExp(`[\u00c2-\u00df]${CONT}|[\u00e0-\u00ef]${CONT}{2}|[\u00f0-\u00f4]${CONT}{3}`)

/** The piece decoder for an encoding; `decoderFor`'s TextDecoder except for UTF-8 and Windows-1252. */
export function pieceDecoderFor(encoding: Encoding): PieceDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return new Utf8Pieces()
  const decoder = decoderFor(encoding)
  if (encoding === 'windows-1252') {
    // One byte per character and no state: a piece without 0x80–0x9F is its Latin-1 text (compact strings).
    return {
      write(bytes) {
        const latin1 = bytes.toString('latin1')
        return C1.test(latin1) ? decoder.decode(bytes, { stream: true }).replace(UNDEFINED_1252, '\uFFFD') : latin1
      },
      // Node 20's non-streaming windows-1252 decode drops characters ("\xff\x80" → ""): always stream.
      end: () => decoder.decode().replace(UNDEFINED_1252, '\uFFFD')
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

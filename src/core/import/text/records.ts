import { UTF8_AS_1252, type Encoding } from './encoding'

/**
 * Why a record cannot be read as written: bytes the file's encoding cannot decode (shown as U+FFFD), UTF-8 text in a
 * Windows-1252 file, a quote that never closes, or a line longer than MAX_RECORD_CHARS. Its line is rejected with
 * the reason, never guessed at.
 */
export type Flaw = 'bad_bytes' | 'mixed_encoding' | 'unterminated_quote' | 'too_long'

/** One parsed record with the physical line it starts on (1-based) and its raw text. */
export interface CsvRecord {
  fields: string[]
  line: number
  raw: string
  flaw?: Flaw
}

/** The longest record read as one: a quote left open must not make the rest of the file a single field. */
export const MAX_RECORD_CHARS = 1 << 20
/** The raw text kept of a line cut short for being too long. */
export const FLAWED_RAW_CHARS = 4096

/**
 * Splits decoded text chunks into records. Quoted fields may hold delimiters, doubled quotes and
 * line breaks; lines end with LF, CRLF or a lone CR (mixed endings are fine). Line numbers count
 * physical lines, so a record with an embedded newline advances the count by its inner breaks.
 * A quote that does not close by the end of the file or within `maxRecord` characters costs only the line
 * it opened on (rejected as 'unterminated_quote'); reading goes on at the next line, and no more than about
 * twice `maxRecord` characters are ever held.
 */
export function* readRecords(
  chunks: Iterable<string>,
  delimiter: string,
  { maxRecord = MAX_RECORD_CHARS, encoding }: { maxRecord?: number; encoding?: Encoding } = {}
): Generator<CsvRecord> {
  // In a Windows-1252 file, a line of UTF-8 text decodes without error, as "Ã˜" for "Ø": flagged, not read.
  const mixable = encoding === 'windows-1252'
  let buf = ''
  let line = 1
  // Inside a line longer than maxRecord, already rejected: what is left of it is dropped up to its line break.
  let skipping = false
  for (const { pieces, done } of gathered(chunks, () => buf.length)) {
    buf = buf.length === 0 && pieces.length === 1 ? pieces[0] : buf + pieces.join('')
    if (buf.length === 0) continue
    let p = skipping ? endOfSkipped(buf, done) : 0
    if (p === -1) {
      buf = buf.endsWith('\r') ? '\r' : ''
      continue
    }
    skipping = false
    // Only text holding U+FFFD can hold a line with undecodable bytes: most pieces are spared the per-line look.
    const damaged = buf.includes('\uFFFD', p)
    const mixed = mixable && UTF8_AS_1252.test(buf)
    let nextQuote = -2
    let nextCr = -2
    const len = buf.length
    for (;;) {
      if (p >= len) break
      if (nextQuote !== -1 && nextQuote < p) nextQuote = buf.indexOf('"', p)
      if (nextCr !== -1 && nextCr < p) nextCr = buf.indexOf('\r', p)
      const lf = buf.indexOf('\n', p)
      let end = lf === -1 ? len : lf
      if (nextCr !== -1 && nextCr < end) end = nextCr
      if (nextQuote === -1 || nextQuote >= end) {
        // Fast path: no quote before the line break.
        if (end === len && !done) {
          if (len - p > maxRecord) {
            yield flawed(buf, p, len, line++, 'too_long', delimiter, maxRecord)
            skipping = true
            p = len
          }
          break
        }
        if (end === len - 1 && buf.charCodeAt(end) === 13 && !done) break // CR at chunk end: maybe CRLF
        if (end - p > maxRecord) {
          yield flawed(buf, p, end, line++, 'too_long', delimiter, maxRecord)
          p = end === len ? len : afterBreak(buf, end)
          continue
        }
        const text = buf.slice(p, end)
        const flaw = damaged || mixed ? flawOf(text, damaged, mixed) : undefined
        yield { fields: splitLine(text, delimiter), line, raw: text, flaw }
        line++
        p = end + (buf.charCodeAt(end) === 13 && buf.charCodeAt(end + 1) === 10 ? 2 : 1)
        continue
      }
      const parsed = parseQuoted(buf, p, delimiter, done)
      nextQuote = nextCr = -2
      if (parsed !== null && parsed !== UNCLOSED && parsed.raw.length <= maxRecord) {
        const flaw = damaged || mixed ? flawOf(parsed.raw, damaged, mixed) : undefined
        yield { fields: parsed.fields, line, raw: parsed.raw, flaw }
        line += 1 + parsed.innerBreaks
        p = parsed.next
        continue
      }
      // The record may still end within maxRecord (a CR or closing quote at the end of the text can cost one char).
      if (parsed === null && !done && len - p <= maxRecord + 1) break
      const open = openQuoteLine(buf, p, done, maxRecord)
      yield flawed(buf, p, open.end, line++, open.flaw, delimiter, maxRecord)
      p = open.next
      if (open.rest) {
        skipping = !done
        break
      }
    }
    buf = p >= len ? '' : buf.slice(p)
  }
}

/**
 * The chunks, gathered until they are at least as long as the unfinished record left over (`unread`), then a
 * last gathering at the end. That record is parsed again only with that much more text, so a record of many
 * pieces costs time in proportion to its length, not to its length squared.
 */
function* gathered(chunks: Iterable<string>, unread: () => number): Generator<{ pieces: string[]; done: boolean }> {
  let pieces: string[] = []
  let length = 0
  for (const chunk of chunks) {
    pieces.push(chunk)
    length += chunk.length
    if (length < unread()) continue
    yield { pieces, done: false }
    pieces = []
    length = 0
  }
  yield { pieces, done: true }
}

/** Where reading resumes after the rest of a too-long line is dropped; -1 while its line break is not yet read. */
function endOfSkipped(buf: string, done: boolean): number {
  const brk = breakAt(buf, 0)
  if (brk === -1 || (brk === buf.length - 1 && buf.charCodeAt(brk) === CR && !done)) return -1
  return afterBreak(buf, brk)
}

/**
 * A quote never closed, or not within maxRecord characters: the line it opened on is rejected alone. Gives that
 * line's end, why it is rejected, where reading goes on, and whether the rest of the line is still to come.
 */
function openQuoteLine(buf: string, p: number, done: boolean, maxRecord: number) {
  const len = buf.length
  const brk = breakAt(buf, p)
  const end = brk === -1 ? len : brk
  const flaw: Flaw = end - p > maxRecord ? 'too_long' : 'unterminated_quote'
  const rest = brk === -1 || (brk === len - 1 && buf.charCodeAt(brk) === CR && !done)
  return { end, flaw, next: rest ? end : afterBreak(buf, brk), rest }
}

/** Why a record's text cannot be read, in text known to hold U+FFFD (damaged) or UTF-8 read as Windows-1252 (mixed). */
function flawOf(raw: string, damaged: boolean, mixed: boolean): Flaw | undefined {
  if (damaged && raw.includes('\uFFFD')) return 'bad_bytes'
  if (mixed && UTF8_AS_1252.test(raw)) return 'mixed_encoding'
  return undefined
}

/** A record that cannot be read as written: its line, raw text cut to FLAWED_RAW_CHARS, split as plain text. */
function flawed(
  buf: string,
  from: number,
  to: number,
  line: number,
  flaw: Flaw,
  delimiter: string,
  maxRecord: number
): CsvRecord {
  const keep = Math.min(FLAWED_RAW_CHARS, maxRecord)
  const raw = to - from > keep ? buf.slice(from, from + keep) + '…' : buf.slice(from, to)
  return { fields: splitLine(raw, delimiter), line, raw, flaw }
}

/** Index of the first line break (LF or CR) at or after `from`; -1 when there is none. */
function breakAt(buf: string, from: number): number {
  const lf = buf.indexOf('\n', from)
  const cr = buf.indexOf('\r', from)
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr)
}

/** Index just after the line break at `at` (a CRLF is one break). */
const afterBreak = (buf: string, at: number) => at + (buf.charCodeAt(at) === CR && buf.charCodeAt(at + 1) === LF ? 2 : 1)

/** text.split(delimiter), without the runtime call split makes (measurably faster per short line). */
function splitLine(text: string, delimiter: string): string[] {
  const fields: string[] = []
  let start = 0
  for (;;) {
    const at = text.indexOf(delimiter, start)
    if (at === -1) break
    fields.push(text.slice(start, at))
    start = at + 1
  }
  fields.push(text.slice(start))
  return fields
}

interface Parsed {
  fields: string[]
  raw: string
  innerBreaks: number
  next: number
}

const [LF, CR, QUOTE] = [10, 13, 34]
const UNCLOSED = 'unclosed'

/** Line breaks in buf[from, to): LF, CRLF (once) and a lone CR. */
function breaksIn(buf: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i)
    if (c === LF || (c === CR && buf.charCodeAt(i + 1) !== LF)) n++
  }
  return n
}

/** What may follow the quote that closes a field: a delimiter, a line break, or spaces before one. */
const endsField = (c: number, delim: number) => c === delim || c === LF || c === CR || c === 32 || c === 9

/**
 * Parse of one record that contains quotes; null when it needs more input (at the end of the input: a quote left
 * open), UNCLOSED when a quoted field runs over a line break and then "closes" before text: that quote opens a field
 * of a later line, and the first was never closed. Text between the characters that matter is taken a run at a
 * time, so a field of many megabytes is one slice, not one string per character.
 */
function parseQuoted(buf: string, start: number, delimiter: string, final: boolean): Parsed | null | typeof UNCLOSED {
  const fields: string[] = []
  const delim = delimiter.charCodeAt(0)
  let field = ''
  let quoted = false
  let innerBreaks = 0
  let fieldBreaks = 0
  let i = start
  const len = buf.length
  while (i < len) {
    if (quoted) {
      const close = buf.indexOf('"', i)
      // A quote still open at the end of the input: more input may close it, else the caller rejects the line.
      if (close === -1) return null
      const breaks = breaksIn(buf, i, close)
      innerBreaks += breaks
      fieldBreaks += breaks
      field += buf.slice(i, close)
      if (buf.charCodeAt(close + 1) === QUOTE) {
        field += '"'
        i = close + 2
        continue
      }
      if (close + 1 === len && !final) return null
      if (fieldBreaks > 0 && close + 1 < len && !endsField(buf.charCodeAt(close + 1), delim)) return UNCLOSED
      quoted = false
      i = close + 1
      continue
    }
    let run = i
    while (run < len) {
      const c = buf.charCodeAt(run)
      if (c === QUOTE || c === delim || c === LF || c === CR) break
      run++
    }
    if (run > i) {
      field += buf.slice(i, run)
      i = run
      continue
    }
    const c = buf.charCodeAt(i)
    if (c === QUOTE && field.trim() === '') {
      quoted = true
      fieldBreaks = 0
      field = ''
      i++
      continue
    }
    if (c === delim) {
      fields.push(field)
      field = ''
      i++
      continue
    }
    if (c === LF || c === CR) {
      if (c === CR && i + 1 === len && !final) return null
      fields.push(field)
      const next = c === CR && buf.charCodeAt(i + 1) === LF ? i + 2 : i + 1
      return { fields, raw: buf.slice(start, i), innerBreaks, next }
    }
    field += '"' // a quote inside an unquoted field is text
    i++
  }
  if (!final || quoted) return null
  fields.push(field)
  return { fields, raw: buf.slice(start), innerBreaks, next: len }
}

/** One parsed record with the physical line it starts on (1-based) and its raw text. */
export interface CsvRecord {
  fields: string[]
  line: number
  raw: string
}

/**
 * Splits decoded text chunks into records. Quoted fields may hold delimiters, doubled quotes and
 * line breaks; lines end with LF, CRLF or a lone CR (mixed endings are fine). Line numbers count
 * physical lines, so a record with an embedded newline advances the count by its inner breaks.
 */
export function* readRecords(chunks: Iterable<string>, delimiter: string): Generator<CsvRecord> {
  let buf = ''
  let line = 1
  const iterator = chunks[Symbol.iterator]()
  let done = false
  // Pieces read while `buf` holds an unfinished record. That record is parsed again only once they are at least as
  // long as it, so a record of many pieces costs time in proportion to its length, not to its length squared.
  let waiting: string[] = []
  let waitingLength = 0
  while (!done) {
    const next = iterator.next()
    if (next.done) done = true
    else {
      waiting.push(next.value)
      waitingLength += next.value.length
    }
    if (!done && waitingLength < buf.length) continue
    buf = buf.length === 0 && waiting.length === 1 ? waiting[0] : buf + waiting.join('')
    waiting = []
    waitingLength = 0
    if (buf.length === 0) continue
    let p = 0
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
        if (end === len && !done) break
        if (end === len - 1 && buf.charCodeAt(end) === 13 && !done) break // CR at chunk end: maybe CRLF
        const text = buf.slice(p, end)
        yield { fields: splitLine(text, delimiter), line, raw: text }
        line++
        p = end + (buf.charCodeAt(end) === 13 && buf.charCodeAt(end + 1) === 10 ? 2 : 1)
        continue
      }
      const parsed = parseQuoted(buf, p, delimiter, done)
      if (!parsed) break
      yield { fields: parsed.fields, line, raw: parsed.raw }
      line += 1 + parsed.innerBreaks
      p = parsed.next
      nextQuote = -2
      nextCr = -2
    }
    buf = p >= len ? '' : buf.slice(p)
  }
}

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

/** Line breaks in buf[from, to): LF, CRLF (once) and a lone CR. */
function breaksIn(buf: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i)
    if (c === LF || (c === CR && buf.charCodeAt(i + 1) !== LF)) n++
  }
  return n
}

/**
 * Parse of one record that contains quotes; null when it needs more input. Text between the characters that matter
 * is taken a run at a time, so a field of many megabytes is one slice, not one string per character.
 */
function parseQuoted(buf: string, start: number, delimiter: string, final: boolean): Parsed | null {
  const fields: string[] = []
  const delim = delimiter.charCodeAt(0)
  let field = ''
  let quoted = false
  let innerBreaks = 0
  let i = start
  const len = buf.length
  while (i < len) {
    if (quoted) {
      const close = buf.indexOf('"', i)
      if (close === -1) {
        if (!final) return null
        innerBreaks += breaksIn(buf, i, len)
        field += buf.slice(i)
        i = len
        break
      }
      innerBreaks += breaksIn(buf, i, close)
      field += buf.slice(i, close)
      if (buf.charCodeAt(close + 1) === QUOTE) {
        field += '"'
        i = close + 2
        continue
      }
      if (close + 1 === len && !final) return null
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
  if (!final) return null
  // End of input: an unterminated quote takes the rest of the file as one field.
  fields.push(field)
  return { fields, raw: buf.slice(start), innerBreaks, next: len }
}

import type { Encoding } from './encoding'
import { MAX_RECORD_CHARS, type Flaw } from './records'

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252'
}

// Grouped by hand ("1,048,576"): an Intl formatter made when main loads would load the ICU data before the window
// opens, and nothing else needs it by then.
const limit = String(MAX_RECORD_CHARS).replace(/\B(?=(\d{3})+$)/g, ',')

/** The reject reason for a line that cannot be read as written; nothing is guessed from such a line. */
export function flawReason(flaw: Flaw, encoding: Encoding): string {
  switch (flaw) {
    case 'bad_bytes':
      return `the line holds bytes that are not valid ${NAMES[encoding]} (shown as �), so nothing is read from it: fix the line, or choose the file's encoding`
    case 'mixed_encoding':
      return `the line reads as UTF-8 text in a Windows-1252 file (such as "Ã˜" for "Ø"), so nothing is read from it: save the file in one encoding, or choose its encoding`
    case 'unterminated_quote':
      return `a quote opened on this line is not closed by the end of the file or within ${limit} characters, so the line is rejected and reading goes on with the next line`
    case 'too_long':
      return `the line is longer than ${limit} characters, the most one record may hold; only its start is kept here`
  }
}

/** The note for a flawed header line, which is read anyway (as plain text, around the damage). */
export function headerFlawNote(flaw: Flaw, line: number, encoding: Encoding): string {
  switch (flaw) {
    case 'bad_bytes':
      return `line ${line} (the header) holds bytes that are not valid ${NAMES[encoding]} (shown as �); the column names were read around them`
    case 'mixed_encoding':
      return `line ${line} (the header) reads as UTF-8 text in a Windows-1252 file; the column names were read as they are`
    case 'unterminated_quote':
      return `line ${line} (the header) opens a quote it never closes; the header was read as plain text up to its line break`
    case 'too_long':
      return `line ${line} (the header) is longer than ${limit} characters; only its start was read`
  }
}

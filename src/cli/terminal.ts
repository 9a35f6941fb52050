// Names, reasons and file names come from imported files. Written raw to a terminal, a control character in one
// could clear the screen, move the cursor, retitle the window or recolour what follows (ESC sequences), hide text
// (CR, backspace) or reverse it (bidirectional overrides). Text output shows them escaped instead; --json output
// is escaped by JSON itself.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const NAMED: Record<string, string> = { '\t': '\\t', '\r': '\\r', '\b': '\\b', '\u001b': '\\e' }

const escaped = (c: string) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** One line of terminal text: every control character (line breaks too) shown as an escape. */
export function printable(text: string): string {
  return text.replace(/\n/g, '\\n').replace(UNSAFE, escaped)
}

/** A message of several lines (an error with the usage under it): line breaks kept, other controls escaped. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE, escaped)
}

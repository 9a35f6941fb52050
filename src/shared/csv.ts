// The one CSV cell writer of core and renderer (no imports, so both may use it).
//
// A spreadsheet program reads a cell that starts with = + - @, a tab or a carriage return as a
// formula: a merchant named =HYPERLINK("http://x","y") or +cmd|' /C calc'!A0 would run as one.
// OWASP's advice is to start such a text with an apostrophe, which Excel and LibreOffice show as
// text. A plain number ("-12.50", "+5") is not a formula and is left as it is, so amounts stay
// numbers.

const FORMULA_START = /^[\s]*[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** A text a spreadsheet would run, or one that already starts with apostrophes before such a text. */
const needsApostrophe = (text: string): boolean =>
  text.startsWith("'") ? needsApostrophe(text.replace(/^'+/, '')) : FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)

/**
 * The text a spreadsheet shows as text: an apostrophe before anything it would run as a formula (and before a text
 * that only looks like one already escaped, "'=x", so reading back gives exactly what was written).
 */
export function spreadsheetText(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text
}

/** Undoes spreadsheetText when a file Kassa wrote is read back (merchant export → merchant import). */
export function fromSpreadsheetText(text: string): string {
  return text.startsWith("'") && needsApostrophe(text.slice(1)) ? text.slice(1) : text
}

/** One CSV field: neutralised, then quoted when it holds a quote, line break, separator or edge space. */
export function csvField(value: string | number | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? String(value) : spreadsheetText(value)
  return text.includes(delimiter) || /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvLine = (cells: (string | number | null | undefined)[], delimiter = ','): string =>
  cells.map((c) => csvField(c, delimiter)).join(delimiter)

export type DecimalStyle = 'comma' | 'point'

const MINUS = /^[-\u2212\u2013]/
const GROUP_SPACES = /[ \u00a0\u202f\u2009'\u2019]/g
// Currency words and signs people leave in amount cells: "kr 1 234,50", "1.234,50 DKK", "€12.50".
const CURRENCY_AFFIX = /^(?:[A-Za-z]{1,3}\.?|[€$£¥])\s*|\s*(?:[A-Za-z]{1,3}\.?|[€$£¥])$/g

/**
 * Reads a human-written amount into a plain decimal string ("-1234.56"), or null when it is not a
 * number in the given style. Grouping may be '.', ',', a space, NBSP, narrow NBSP or an apostrophe,
 * but only in groups of three; the sign may lead, trail, be U+2212, or be parentheses.
 */
export function parseDecimal(text: string, style: DecimalStyle): string | null {
  const plain = plainDecimal(text, style === 'comma' ? 44 : 46)
  if (plain !== undefined) return plain
  let s = text.trim()
  if (s === '') return null
  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  s = s.replace(CURRENCY_AFFIX, '').trim()
  if (MINUS.test(s)) {
    negative = !negative
    s = s.slice(1).trim()
  } else if (s.startsWith('+')) s = s.slice(1).trim()
  else if (/[-\u2212]$/.test(s)) {
    negative = !negative
    s = s.slice(0, -1).trim()
  }
  s = s.replace(CURRENCY_AFFIX, '').trim()
  if (s === '') return null
  const decimalMark = style === 'comma' ? ',' : '.'
  const groupMark = style === 'comma' ? '.' : ','
  const at = s.lastIndexOf(decimalMark)
  let whole = at === -1 ? s : s.slice(0, at)
  const fraction = at === -1 ? '' : s.slice(at + 1)
  if (at !== -1 && !/^\d+$/.test(fraction)) return null
  if (whole.includes(decimalMark)) return null
  const grouped = whole.replace(GROUP_SPACES, groupMark)
  if (grouped.includes(groupMark)) {
    if (!new RegExp(`^\\d{1,3}(?:\\${groupMark}\\d{3})+$`).test(grouped)) return null
    whole = grouped.split(groupMark).join('')
  }
  if (whole === '') whole = '0'
  if (!/^\d+$/.test(whole)) return null
  whole = whole.replace(/^0+(?=\d)/, '')
  const body = fraction ? `${whole}.${fraction}` : whole
  return negative && /[1-9]/.test(body) ? `-${body}` : body
}

/**
 * parseDecimal's answer for the common plain form: an optional ASCII minus, digits and at most one
 * decimal mark (charcode `mark`) with digits after it, nothing else. undefined sends anything else
 * (spaces, grouping, currency, other signs) to the general path.
 */
function plainDecimal(text: string, mark: number): string | null | undefined {
  const len = text.length
  const start = len > 0 && text.charCodeAt(0) === 45 ? 1 : 0
  let at = -1
  let nonZero = false
  for (let i = start; i < len; i++) {
    const c = text.charCodeAt(i)
    if (c === mark && at === -1) at = i
    else if (c < 48 || c > 57) return undefined
    else if (c !== 48) nonZero = true
  }
  if (at === -1 && start === len) return undefined // empty or a lone minus
  if (at === len - 1) return null // a mark with no digits after it
  let z = start
  const wholeEnd = at === -1 ? len : at
  while (z < wholeEnd - 1 && text.charCodeAt(z) === 48) z++
  const whole = z === wholeEnd ? '0' : text.slice(z, wholeEnd)
  const body = at === -1 ? whole : `${whole}.${text.slice(at + 1)}`
  return start === 1 && nonZero ? `-${body}` : body
}

/**
 * Decides decimal comma or point from a sample of amount cells: a value with both marks shows
 * which comes last; a single mark followed by other than three digits is a decimal mark.
 * Undecided samples default to the comma, the Nordic convention.
 */
export function detectDecimalStyle(values: string[]): DecimalStyle {
  let comma = 0
  let point = 0
  for (const raw of values) {
    const v = raw.trim()
    const lastComma = v.lastIndexOf(',')
    const lastPoint = v.lastIndexOf('.')
    if (lastComma !== -1 && lastPoint !== -1) {
      if (lastComma > lastPoint) comma++
      else point++
      continue
    }
    const mark = lastComma !== -1 ? ',' : lastPoint !== -1 ? '.' : ''
    if (!mark) continue
    const count = v.split(mark).length - 1
    const after = v.slice(v.lastIndexOf(mark) + 1).match(/^\d*/)?.[0] ?? ''
    const decides = count === 1 && after.length !== 3
    if (count > 1) {
      // Repeated mark: grouping, so the other one is the decimal mark.
      if (mark === ',') point++
      else comma++
    } else if (decides) {
      if (mark === ',') comma++
      else point++
    }
  }
  return point > comma ? 'point' : 'comma'
}

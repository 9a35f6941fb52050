import { parseDateTime, timeOfDay } from '../text/dates'
import { parseDecimal } from '../text/numbers'
import { isCurrencyCode } from './countries'
import type { Field } from './headers'
import { knownCountry, readKind, readMethod, readStatus } from './values'

/**
 * The roles a column's values can show by themselves; merchant, store, terminal and fee look like any text or number.
 * 'country' here is any country, the card's or the shop's: the values cannot tell which.
 */
export type ContentRole = Extract<
  Field,
  'date' | 'time' | 'amount' | 'currency' | 'method' | 'scheme' | 'country' | 'status' | 'type' | 'externalId'
>

/** Share of distinct values a role must explain before a column is taken to hold it. */
export const CONTENT_SHARE = 0.9

// Letters in an amount cell other than a currency word ("kr 12,50", "12.50 EUR") mean it is not an amount.
const AMOUNT_WORDS = /\b(?:kr|nok|sek|dkk|eur|usd|cny|rmb)\b\.?|[€$£¥]/gi

function isDate(v: string): boolean {
  if (!/\D/.test(v)) return false
  // A date that does not exist ("30.02.2018") is still written as a date: the row is rejected, the column is dates.
  const read = parseDateTime(v, 'dmy')
  return typeof read !== 'string' || read.endsWith('does not exist')
}
const isTime = (v: string) => v.includes(':') && typeof timeOfDay(v) === 'object'
const isAmount = (v: string) =>
  !/\p{L}/u.test(v.replace(AMOUNT_WORDS, '')) && (parseDecimal(v, 'comma') !== null || parseDecimal(v, 'point') !== null)
const isIdLike = (v: string) => /^[\p{L}\d][\p{L}\d_\-/.:#]{2,63}$/u.test(v) && /\d/.test(v)

const TESTS: Record<Exclude<ContentRole, 'externalId'>, (v: string) => boolean> = {
  date: isDate,
  time: (v) => isTime(v) && !isDate(v),
  amount: isAmount,
  currency: isCurrencyCode,
  method: (v) => readMethod(v) !== undefined,
  scheme: (v) => readMethod(v)?.scheme !== undefined,
  country: (v) => knownCountry(v) !== undefined,
  status: (v) => readStatus(v) !== undefined,
  type: (v) => readKind(v) !== undefined
}

/**
 * For each role, the share (0–1) of a column's distinct non-empty values that fit it. An id column
 * is one whose values are all different and look like codes, seen in at least three rows.
 */
export function contentShares(values: string[]): Partial<Record<ContentRole, number>> {
  const cells = values.map((v) => v.trim()).filter((v) => v !== '')
  const distinct = [...new Set(cells)]
  if (distinct.length === 0) return {}
  const shares: Partial<Record<ContentRole, number>> = {}
  for (const [role, test] of Object.entries(TESTS) as [Exclude<ContentRole, 'externalId'>, (v: string) => boolean][]) {
    const fit = distinct.filter(test).length
    if (fit > 0) shares[role] = fit / distinct.length
  }
  if (cells.length >= 3 && distinct.length === cells.length && distinct.every(isIdLike)) shares.externalId = 1
  return shares
}

/** The roles a column's values show (share at least CONTENT_SHARE), most specific first. */
export function contentRoles(values: string[]): { roles: ContentRole[]; shares: Partial<Record<ContentRole, number>> } {
  const shares = contentShares(values)
  let roles = (Object.keys(shares) as ContentRole[]).filter((r) => (shares[r] ?? 0) >= CONTENT_SHARE)
  // A date or a clock time is also a number of sorts, and a word list is never an id.
  if (roles.includes('date')) roles = roles.filter((r) => r !== 'amount' && r !== 'externalId' && r !== 'time')
  if (roles.includes('time')) roles = roles.filter((r) => r !== 'amount' && r !== 'externalId')
  if (roles.some((r) => WORD_ROLES.has(r))) roles = roles.filter((r) => r !== 'externalId' && r !== 'amount')
  return { roles, shares }
}

const WORD_ROLES = new Set<ContentRole>(['currency', 'method', 'scheme', 'country', 'status', 'type'])

import { UserError } from '../errors'
import { contentRoles, type ContentRole } from './vocab/content'
import { fieldForHeader, guessMapping, type Field, type Mapping } from './vocab/headers'

/** How a column's role was decided. */
export type Decided = 'header' | 'content' | 'profile' | 'user'

/** One column of a file: the role it plays in the import (null: ignored), how that was decided, and how sure it is. */
export interface ColumnRole {
  index: number
  /** null when the file has no header line. */
  header: string | null
  role: Field | null
  decided: Decided
  /** 0–1: for a header or content decision, the share of the sampled values that fit the role. */
  confidence: number
  /** What the values look like, when that is not the role the column plays. */
  looksLike?: Field[]
}

/** Something the import will not decide alone: it asks in the preview, and the CLI refuses unless defaults are accepted. */
export interface Question {
  code: 'no_method' | 'method_empty' | 'unused_column' | 'unclear_column'
  column?: number
  message: string
}

// Columns that move money between segments when left out: one that looks like them is never ignored silently.
const ASKED = new Set<Field>(['method', 'scheme', 'country', 'cardCountry', 'currency'])
// A column of country codes may be the card's or the merchant's: the values cannot tell.
const COUNTRY_ROLES: Field[] = ['cardCountry', 'country']

const CONTENT_CHECKED = new Set<Field>(['date', 'time', 'amount', 'currency', 'method', 'scheme', 'status', 'type'])

export interface ColumnInput {
  header: string[]
  headerless: boolean
  /** The body's records (the first rows of the file). */
  rows: string[][]
  /** A mapping chosen by the user or a saved profile: it wins over what the header and values say. */
  given?: { mapping: Mapping; from: 'profile' | 'user' }
}

const label = (input: ColumnInput, i: number) =>
  input.headerless || !input.header[i]?.trim() ? `column ${i + 1}` : `column ${i + 1} "${input.header[i].trim()}"`

function contentShare(role: Field, shares: Partial<Record<ContentRole, number>>): number {
  if (role === 'cardCountry') return shares.country ?? 0
  if (role === 'scheme') return Math.max(shares.scheme ?? 0, shares.method ?? 0)
  return shares[role as ContentRole] ?? 0
}

/** Every column's role, from its header and its values; the mapping the import reads with; what it must ask. */
export function decideColumns(input: ColumnInput): { mapping: Mapping; columns: ColumnRole[]; questions: Question[] } {
  const width = Math.max(input.header.length, ...input.rows.map((r) => r.length))
  const values = (i: number) => input.rows.map((r) => r[i] ?? '')
  const seen = Array.from({ length: width }, (_, i) => contentRoles(values(i)))
  const byHeader = input.headerless ? {} : guessMapping(input.header)
  const auto: Mapping = { ...byHeader }
  const decided = new Map<number, Decided>()
  for (const [, i] of Object.entries(byHeader)) decided.set(i as number, 'header')
  const unclear = new Map<number, Field[]>()

  // Unmapped columns take the role their values show, when exactly one column shows it and no column has it yet.
  const wants = new Map<Field, number[]>()
  for (let i = 0; i < width; i++) {
    if (decided.has(i)) continue
    let roles: Field[] = seen[i].roles
    // Card names are the method when the file has none, else the scheme.
    if (roles.includes('method') && roles.includes('scheme'))
      roles = roles.filter((r) => r !== (auto.method === undefined ? 'scheme' : 'method'))
    if (roles.includes('country')) {
      unclear.set(i, COUNTRY_ROLES)
      continue
    }
    if (roles.length > 1) {
      unclear.set(i, roles)
      continue
    }
    if (roles.length === 1) wants.set(roles[0], [...(wants.get(roles[0]) ?? []), i])
  }
  for (const [role, cols] of wants) {
    if (auto[role] !== undefined) continue
    if (cols.length === 1) {
      auto[role] = cols[0]
      decided.set(cols[0], 'content')
    } else for (const i of cols) unclear.set(i, [role])
  }

  const mapping = input.given ? input.given.mapping : auto
  const roleOf = new Map<number, Field>()
  for (const [field, i] of Object.entries(mapping)) if (i !== undefined) roleOf.set(i, field as Field)
  const autoRole = new Map<number, Field>()
  for (const [field, i] of Object.entries(auto)) if (i !== undefined) autoRole.set(i, field as Field)

  const columns: ColumnRole[] = []
  const questions: Question[] = []
  for (let i = 0; i < width; i++) {
    const role = roleOf.get(i) ?? null
    const { roles: shown, shares } = seen[i]
    const header = input.headerless ? null : (input.header[i] ?? '')
    const how: Decided = input.given && (autoRole.get(i) ?? null) !== role ? input.given.from : (decided.get(i) ?? 'content')
    const confidence = confidenceOf(role, how, contentShare(role ?? 'merchant', shares), input.rows.length > 0)
    const same = (r: Field) => r === role || (r === 'country' && role === 'cardCountry') || (r === 'method' && role === 'scheme')
    const looks = (unclear.get(i) ?? (shown as Field[])).filter((r) => !same(r))
    const column: ColumnRole = { index: i, header, role, decided: how, confidence: Math.round(confidence * 100) / 100 }
    if (looks.length > 0) column.looksLike = looks
    columns.push(column)
    if (role !== null) continue
    const asked = looks.filter((r) => ASKED.has(r))
    if (asked.length === 0) continue
    const what = asked.map((r) => FIELD_WORDS[r]).join(' or ')
    if (unclear.has(i))
      questions.push({
        code: 'unclear_column',
        column: i,
        message: `${label(input, i)} looks like ${what}, and Kassa cannot tell which: choose its role, or leave it out`
      })
    else
      questions.push({
        code: 'unused_column',
        column: i,
        message: `${label(input, i)} looks like ${what} but is not used: map it, or confirm it is left out`
      })
  }
  return { mapping, columns, questions }
}

/**
 * A content decision is as sure as the share of values that fit; a header is sure when its values agree (or
 * cannot be checked), half sure when they do not; the user's and a profile's word is final.
 */
function confidenceOf(role: Field | null, how: Decided, share: number, hasRows: boolean): number {
  if (role === null || how === 'user' || how === 'profile') return 1
  if (how === 'content') return share
  if (!CONTENT_CHECKED.has(role) || !hasRows) return 1
  return Math.max(0.5, share)
}

/** A method column that the file leaves empty, or none at all: rows would be booked as card without a word. */
export function methodQuestions(mapping: Mapping, rows: string[][], lineOf: (row: number) => number): Question[] {
  if (rows.length === 0) return []
  if (mapping.method === undefined && mapping.scheme === undefined)
    return [{ code: 'no_method', message: 'no column holds the payment method: every row would be booked as card' }]
  const empty: number[] = []
  rows.forEach((r, k) => {
    const method = mapping.method === undefined ? '' : (r[mapping.method] ?? '').trim()
    const scheme = mapping.scheme === undefined ? '' : (r[mapping.scheme] ?? '').trim()
    if (method === '' && scheme === '' && r.some((f) => f.trim() !== '')) empty.push(lineOf(k))
  })
  if (empty.length === 0) return []
  const lines = empty.slice(0, 5).join(', ') + (empty.length > 5 ? ', …' : '')
  return [
    {
      code: 'method_empty',
      message: `${empty.length === 1 ? 'line' : 'lines'} ${lines} ${empty.length === 1 ? 'has' : 'have'} no payment method: ${empty.length === 1 ? 'it' : 'they'} would be booked as card`
    }
  ]
}

export const FIELD_WORDS: Record<Field, string> = {
  externalId: 'transaction ids',
  date: 'dates',
  time: 'times of day',
  merchant: 'merchant names',
  store: 'store names',
  terminal: 'terminals',
  amount: 'amounts',
  currency: 'currencies',
  method: 'payment methods',
  scheme: 'card schemes',
  cardCountry: 'card countries',
  status: 'statuses',
  type: 'sale/refund types',
  fee: 'fees',
  country: 'merchant countries'
}

/**
 * Whether a header line is really a first data row: it holds a date, and few of its cells are header words (a
 * value may be one: "Kortti" is a card and a header).
 */
export function looksLikeData(fields: string[]): boolean {
  const headerWords = fields.filter((f) => fieldForHeader(f) !== undefined).length
  return headerWords * 2 < fields.length && fields.some((f) => contentRoles([f]).roles.includes('date'))
}

/** What a `needs_confirmation` refusal carries: the questions asked and what the file's columns were taken to be. */
export interface ColumnQuestions {
  questions: Question[]
  columns: ColumnRole[]
}

/** The import stops: a column is unclear, or rows would fall back to card. */
export function needsConfirmation(questions: Question[], columns: ColumnRole[]): UserError<ColumnQuestions> {
  return new UserError(
    'needs_confirmation',
    `${questions.map((q) => q.message).join('; ')} (confirm in the preview, or import with --accept-defaults)`,
    { questions, columns }
  )
}

/** Throws unless nothing is asked or the user accepted the defaults; returns the notes an accepted import keeps. */
export function confirmColumns(analysis: { questions: Question[]; columns: ColumnRole[] }, accepted: boolean): string[] {
  if (analysis.questions.length === 0) return []
  if (!accepted) throw needsConfirmation(analysis.questions, analysis.columns)
  return analysis.questions.map((q) => `accepted: ${q.message}`)
}

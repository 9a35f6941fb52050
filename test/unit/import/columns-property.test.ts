// Generated shop exports: random column orders, header spellings (or no header at all) and value vocabularies.
// The import either books every row exactly as the generator meant, or refuses with a reason: never a silent default.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { UserError } from '../../../src/core/errors'
import { tempStore } from './helpers'

type Method = 'card' | 'alipay' | 'other'
const METHOD_WORDS: Record<Method, string[]> = {
  card: [
    'Kort',
    'Kortti',
    'Betalkort',
    'Bankkort',
    'Pankkikortti',
    'Visa',
    'Mastercard',
    'Dankort',
    'BankAxept',
    'UnionPay',
    'Card'
  ],
  alipay: ['Alipay', '支付宝', 'Alipay+', 'AlipayHK', 'ALIPAY'],
  other: ['Vipps', 'MobilePay', 'Swish', 'Kontant', 'Käteinen', 'WeChat Pay', 'Cash']
}
const COUNTRIES: [string, string][] = [
  ['SE', 'SE'],
  ['NO', 'NO'],
  ['DK', 'DK'],
  ['FI', 'FI'],
  ['CN', 'CN'],
  ['DE', 'DE'],
  ['China', 'CN'],
  ['Kina', 'CN'],
  ['Norge', 'NO'],
  ['Suomi', 'FI']
]
const CURRENCY_COUNTRY: Record<string, string> = { SEK: 'SE', NOK: 'NO', DKK: 'DK', EUR: 'FI' }

type Column = 'date' | 'amount' | 'currency' | 'method' | 'cardCountry' | 'merchant' | 'id' | 'note'
/** How shops head each column, in English and the four Nordic languages; "unknown" headers say nothing. */
const KNOWN: Record<Column, string[]> = {
  date: ['Date', 'Dato', 'Datum', 'Päivämäärä', 'Salgsdato', 'Försäljningsdatum', 'Tapahtumapäivä', 'Pvm'],
  amount: ['Amount', 'Beløb', 'Beløp', 'Belopp', 'Summa', 'Määrä', 'Totalt', 'Yhteensä'],
  currency: ['Currency', 'Valuta', 'Valuutta', 'Valutakode'],
  method: [
    'Payment method',
    'Betalsätt',
    'Betalningssätt',
    'Betalningsmetod',
    'Betalingsmåde',
    'Betalingsmetode',
    'Betalingsmåte',
    'Betalingsmiddel',
    'Maksutapa',
    'Maksutyyppi',
    'Maksuväline'
  ],
  cardCountry: ['Card country', 'Kortland', 'Kortets land', 'Kortin maa', 'Udstederland', 'Utstederland'],
  merchant: ['Merchant', 'Brugersted', 'Brukersted', 'Kauppias', 'Handlare'],
  id: ['Transaction ID', 'Kvittonummer', 'Kvitteringsnummer', 'Tapahtumatunnus', 'Referens'],
  note: ['Comment', 'Note']
}
const UNKNOWN = ['Felt', 'Kolumn', 'Sarake', 'Info', 'X', 'Data', 'Extra']

interface Row {
  day: number
  minute: number
  cents: number
  method: Method
  methodWord: string
  country?: [string, string]
  note: string
}

const row: fc.Arbitrary<Row> = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    cents: fc.integer({ min: 100, max: 999_999 }),
    method: fc.constantFrom<Method>('card', 'alipay', 'other'),
    pick: fc.nat(),
    country: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
    note: fc.constantFrom('', 'gave', 'retur senere', 'bra kund', 'Ålesund')
  })
  .map(({ pick, ...r }) => ({ ...r, methodWord: METHOD_WORDS[r.method][pick % METHOD_WORDS[r.method].length] }))

const file = fc.record({
  // Most files have a method column; one in five does not (every row would default to card).
  columns: fc
    .tuple(fc.integer({ min: 0, max: 4 }), fc.subarray(['cardCountry', 'merchant', 'id', 'note'] as Column[]))
    .map(([m, optional]) => [...(m > 0 ? ['method' as Column] : []), ...optional])
    .chain((optional) =>
      fc.shuffledSubarray(['date', 'amount', 'currency', ...optional] as Column[], { minLength: 3 + optional.length })
    ),
  /** Per column: a known spelling (index), or an unknown word (negative); null for a file without a header. */
  headers: fc.option(fc.array(fc.integer({ min: -3, max: 20 }), { minLength: 8, maxLength: 8 }), { nil: null }),
  currency: fc.constantFrom('SEK', 'NOK', 'DKK', 'EUR'),
  yearFirst: fc.boolean(),
  rows: fc.array(row, { minLength: 1, maxLength: 12 }),
  /** A row whose method cell is left empty (its method would default). */
  blankMethodAt: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.nat(), weight: 1 })
})
type Generated = typeof file extends fc.Arbitrary<infer T> ? T : never

function cell(column: Column, r: Row, f: Generated, i: number, merchant: string): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = `${pad(Math.floor(r.minute / 60))}:${pad(r.minute % 60)}`
  switch (column) {
    case 'date':
      return f.yearFirst ? `2026-03-${pad(r.day)} ${time}` : `${pad(r.day)}.03.2026 ${time}`
    case 'amount':
      return `${Math.floor(r.cents / 100)},${pad(r.cents % 100)}`
    case 'currency':
      return f.currency
    case 'method':
      return f.blankMethodAt !== undefined && f.blankMethodAt % f.rows.length === i ? '' : r.methodWord
    case 'cardCountry':
      return r.country?.[0] ?? ''
    case 'merchant':
      return merchant
    case 'id':
      return `R-${i + 1001}`
    case 'note':
      return r.note
  }
}

function headerOf(f: Generated, column: Column, k: number): string {
  const choice = (f.headers as number[])[k]
  return choice < 0 ? `${UNKNOWN[(-choice + k) % UNKNOWN.length]} ${k + 1}` : KNOWN[column][choice % KNOWN[column].length]
}

function text(f: Generated, merchant: string): string {
  const lines = f.headers === null ? [] : [f.columns.map((c, k) => headerOf(f, c, k)).join(';')]
  f.rows.forEach((r, i) => lines.push(f.columns.map((c) => cell(c, r, f, i, merchant)).join(';')))
  return lines.join('\n') + '\n'
}

/** What each row must become: its method and segment (the merchant is in the currency's country). */
function intended(f: Generated): { method: Method; origin: string; amount: number }[] {
  const home = CURRENCY_COUNTRY[f.currency]
  const hasCountry = f.columns.includes('cardCountry')
  return f.rows.map((r) => {
    const country = hasCountry ? r.country?.[1] : undefined
    const origin =
      r.method !== 'card'
        ? r.method
        : country === undefined
          ? 'unknown'
          : country === 'CN'
            ? 'cn'
            : country === home
              ? 'domestic'
              : 'foreign'
    return { method: r.method, origin, amount: r.cents }
  })
}

const REFUSALS = new Set(['needs_confirmation', 'unknown_format', 'unmapped'])

describe('generated shop exports', () => {
  const { db, write } = tempStore()
  let n = 0
  const run = (f: Generated) => {
    n++
    const merchant = `Kiosk ${n}`
    const path = write(`gen-${n}.csv`, text(f, merchant))
    try {
      return { result: importFile(db, path, { merchant }) }
    } catch (err) {
      if (!(err instanceof UserError) || !REFUSALS.has(err.code)) throw err
      expect(err.message.length).toBeGreaterThan(20)
      return { refused: err }
    }
  }
  const stored = (batchId: number) =>
    db.prepare('SELECT method, origin, amount FROM transactions WHERE batch_id = ? ORDER BY line').all(batchId)

  it('book every row as meant, or refuse with a reason', () => {
    fc.assert(
      fc.property(file, (f) => {
        const outcome = run(f)
        if (!outcome.result) return
        // An import that went through: no method may have been filled in by default, no row lost.
        expect(f.columns.includes('method')).toBe(true)
        expect(f.blankMethodAt).toBeUndefined()
        expect(outcome.result).toMatchObject({ rows: f.rows.length, imported: f.rows.length, rejected: 0 })
        expect(stored(outcome.result.batchId as number)).toEqual(intended(f))
      }),
      {
        numRuns: 100,
        examples: [
          // Found by this test: a file without a header whose first method cell, "Kortti", is also a header word.
          [
            {
              columns: ['amount', 'method', 'date', 'currency'],
              headers: null,
              currency: 'SEK',
              yearFirst: false,
              rows: [
                { day: 1, minute: 0, cents: 100, method: 'card', note: '', methodWord: 'Kortti' },
                { day: 1, minute: 0, cents: 100, method: 'card', note: '', methodWord: 'Kort' }
              ],
              blankMethodAt: undefined
            }
          ]
        ]
      }
    )
  })

  it('import a file whose columns are all headed in a way shops write them, without asking', () => {
    const known = file.map((f) => ({
      ...f,
      columns: f.columns.includes('method') ? f.columns : [...f.columns, 'method' as Column],
      headers: Array.from({ length: 8 }, (_, k) => (f.headers?.[k] ?? k) & 0xff),
      blankMethodAt: undefined
    }))
    fc.assert(
      fc.property(known, (f) => {
        const outcome = run(f)
        expect(outcome.refused?.message).toBeUndefined()
        expect(stored(outcome.result?.batchId as number)).toEqual(intended(f))
        // Every column but the free-text note is used, each one on the word of its header.
        const columns = outcome.result?.columns ?? []
        expect(columns.map((c) => (f.columns[c.index] === 'note' ? c.role : c.decided))).toEqual(
          f.columns.map((c) => (c === 'note' ? null : 'header'))
        )
      }),
      { numRuns: 40 }
    )
  })
})

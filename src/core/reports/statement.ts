import type { Db } from '../db/open'
import { canonicalBusinessId, normaliseBusinessId } from '../merchants/business-id'
import type { CountryCode } from '../time/zones'
import { divRound } from '../money/decimal'
import { emptyTotals } from '../analytics/stats'
import {
  cellCount,
  change,
  daysBetween,
  format,
  groupedTotals,
  money,
  previousPeriod,
  totalOf,
  type Grouped,
  fxFlags
} from './figures'
import type { ReportParams } from './params'
import { merchantsNamed } from '../shared/names'
import { emptyPeriod, resolved, scopeFilter, scopeLabel } from './scope'
import type { StatementModel, StatementRow, StatementRowKey } from './types'

interface Raw {
  count: number
  gross: number
  refunds: number
  fees: number
}

/** The statement's rows: the four segments, cards of unknown origin when there are any, and the total. */
function rawRows(g: Grouped): Record<StatementRowKey, Raw> {
  const t = g.totals
  const pick = (s: 'alipay' | 'card_domestic' | 'card_cn' | 'card_foreign' | 'card'): Raw => ({ ...t[s], fees: g.fees[s] })
  const card = pick('card')
  const known = ['card_domestic', 'card_cn', 'card_foreign'] as const
  const other: Raw = { ...card }
  for (const s of known) {
    const r = pick(s)
    other.count -= r.count
    other.gross -= r.gross
    other.refunds -= r.refunds
    other.fees -= r.fees
  }
  const alipay = pick('alipay')
  const total: Raw = {
    count: alipay.count + card.count,
    gross: alipay.gross + card.gross,
    refunds: alipay.refunds + card.refunds,
    fees: alipay.fees + card.fees
  }
  return {
    alipay,
    card_domestic: pick('card_domestic'),
    card_cn: pick('card_cn'),
    card_foreign: pick('card_foreign'),
    card_other: other,
    total
  }
}

export function buildStatement(db: Db, p: ReportParams): StatementModel {
  const filter = scopeFilter(db, p)
  const f = resolved(db, filter)
  if (cellCount(db, f) === 0) throw emptyPeriod(p, `sales for "${p.merchant}"`)
  const prev = previousPeriod(p.from, p.to)
  const pf = resolved(db, { ...filter, ...prev })
  const current = totalOf(db, f)
  const before = totalOf(db, pf)
  const cur = rawRows(current)
  const old = rawRows(before)
  const c = p.currency
  const keys: StatementRowKey[] = ['alipay', 'card_domestic', 'card_cn', 'card_foreign', 'card_other', 'total']
  const rows: StatementRow[] = keys
    .filter((k) => k !== 'card_other' || cur.card_other.count !== 0 || cur.card_other.refunds !== 0)
    .map((key) => {
      const r = cur[key]
      return {
        key,
        count: r.count,
        gross: money(r.gross, c),
        refunds: money(r.refunds, c),
        net: money(r.gross - r.refunds, c),
        average: money(divRound(r.gross, r.count), c),
        fees: money(r.fees, c),
        payout: money(r.gross - r.refunds - r.fees, c),
        previousGross: money(old[key].gross, c),
        changePct: change(r.gross, old[key].gross)
      }
    })
  const byDay = groupedTotals(db, f, 'day')
  const daily = daysBetween(p.from, p.to).map((day) => {
    const g = byDay.get(day)
    const t = g?.totals ?? emptyTotals()
    const refunds = t.alipay.refunds + t.card.refunds
    const fees = g ? g.fees.alipay + g.fees.card : 0
    return {
      day,
      count: t.alipay.count + t.card.count,
      alipay: money(t.alipay.gross, c),
      card: money(t.card.gross, c),
      refunds: money(refunds, c),
      fees: money(fees, c),
      net: money(t.alipay.gross + t.card.gross - refunds, c)
    }
  })
  const named = merchantsNamed(db, p.merchant as string)
  const name = named[0].name
  // One entry per country and business id, by country.
  const merchants = [...new Map(named.map((m) => [`${m.country}|${m.org}`, m])).values()].sort((a, b) =>
    a.country < b.country ? -1 : a.country > b.country ? 1 : 0
  )
  return {
    type: 'statement',
    from: p.from,
    to: p.to,
    currency: c,
    locale: p.locale,
    scope: { ...scopeLabel(p), merchant: name },
    generatedAt: new Date().toISOString(),
    fx: fxFlags(db, f),
    merchant: {
      name,
      countries: [...new Set(merchants.map((m) => m.country))],
      orgNumbers: merchants
        .filter((m) => m.org)
        .map((m) => canonicalBusinessId(m.country as CountryCode, normaliseBusinessId(m.org!)))
    },
    segments: format(current, c),
    previous: { ...prev, segments: format(before, c) },
    rows,
    hasFees: cur.total.fees !== 0,
    daily
  }
}

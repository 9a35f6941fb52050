import type { Db } from '../db/open'
import { divRound } from '../money/decimal'
import { cellCount, format, merchantMonthTotals, money, monthsBetween, fxFlags } from './figures'
import type { ReportParams } from './params'
import { emptyPeriod, ratio, resolved, scopeFilter, scopeLabel, share } from './scope'
import type { PortfolioModel } from './types'

const TOP_MERCHANTS = 10

export function buildPortfolio(db: Db, p: ReportParams): PortfolioModel {
  const f = resolved(db, scopeFilter(db, p))
  if (cellCount(db, f) === 0) throw emptyPeriod(p, 'sales')
  const c = p.currency
  const { all, byMerchant, byMonth } = merchantMonthTotals(db, f)
  const t = all.totals
  const gross = t.alipay.gross + t.card.gross
  const count = t.alipay.count + t.card.count

  const names = new Map(
    (db.prepare('SELECT id, name, country FROM merchants').all() as { id: number; name: string; country: string }[]).map((m) => [
      String(m.id),
      m
    ])
  )
  const ranked = [...byMerchant.entries()]
    .map(([id, g]) => ({
      id,
      g,
      gross: g.totals.alipay.gross + g.totals.card.gross,
      count: g.totals.alipay.count + g.totals.card.count
    }))
    .filter((m) => m.count > 0)
    .sort((a, b) => b.gross - a.gross || names.get(a.id)!.name.localeCompare(names.get(b.id)!.name))

  return {
    type: 'portfolio',
    from: p.from,
    to: p.to,
    currency: c,
    locale: p.locale,
    scope: scopeLabel(p),
    generatedAt: new Date().toISOString(),
    fx: fxFlags(db, f),
    segments: format(all, c),
    kpis: {
      activeMerchants: ranked.length,
      payments: count,
      gross: money(gross, c),
      refunds: money(t.alipay.refunds + t.card.refunds, c),
      net: money(gross - t.alipay.refunds - t.card.refunds, c),
      alipayAverage: money(divRound(t.alipay.gross, t.alipay.count), c),
      cardAverage: money(divRound(t.card.gross, t.card.count), c),
      chineseAverage: money(divRound(t.chinese_customers.gross, t.chinese_customers.count), c),
      domesticAverage: money(divRound(t.card_domestic.gross, t.card_domestic.count), c),
      chineseMultiple: multiple(t.chinese_customers, t.card_domestic)
    },
    alipayVsCard: (['alipay', 'card'] as const).map((key) => ({
      key,
      count: t[key].count,
      gross: money(t[key].gross, c),
      average: money(divRound(t[key].gross, t[key].count), c),
      sharePct: share(t[key].gross, gross)
    })),
    topMerchants: ranked.slice(0, TOP_MERCHANTS).map((m) => ({
      name: names.get(m.id)!.name,
      country: names.get(m.id)!.country,
      count: m.count,
      alipay: money(m.g.totals.alipay.gross, c),
      card: money(m.g.totals.card.gross, c),
      gross: money(m.gross, c),
      average: money(divRound(m.gross, m.count), c),
      sharePct: share(m.gross, gross)
    })),
    trend: monthsBetween(p.from, p.to).map((month) => {
      const m = byMonth.get(month)?.totals
      const alipay = m?.alipay.gross ?? 0
      const card = m?.card.gross ?? 0
      return {
        month,
        alipay: money(alipay, c),
        card: money(card, c),
        total: money(alipay + card, c),
        count: (m?.alipay.count ?? 0) + (m?.card.count ?? 0)
      }
    })
  }
}

/** Ratio of two segments' average tickets (from the rounded averages, as the dashboard shows them). */
export function multiple(a: { gross: number; count: number }, b: { gross: number; count: number }): string | null {
  const avgB = divRound(b.gross, b.count)
  return avgB === 0 || a.count === 0 ? null : ratio(divRound(a.gross, a.count), avgB)
}

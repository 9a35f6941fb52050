import type { Db } from '../db/open'
import { divRound } from '../money/decimal'
import { addGroup, cellCount, emptyGroup, format, groupedTotals, money, monthsBetween, fxFlags } from './figures'
import type { ReportParams } from './params'
import { multiple } from './portfolio'
import { emptyPeriod, ratio, resolved, scopeFilter, scopeLabel } from './scope'
import type { TourismModel } from './types'

/** Xinhua, April 2018: a Chinese customer's card purchase averages over NOK 4,000; Norway's 2017 card average was NOK 338. */
const SEED = { chinese: 400_000, domestic: 33_800 }

export function buildTourism(db: Db, p: ReportParams): TourismModel {
  const f = resolved(db, scopeFilter(db, p))
  if (cellCount(db, f) === 0) throw emptyPeriod(p, 'sales')
  const c = p.currency
  const byMonth = groupedTotals(db, f, 'month')
  const all = emptyGroup()
  for (const g of byMonth.values()) addGroup(all, g)
  const t = all.totals
  return {
    type: 'tourism',
    from: p.from,
    to: p.to,
    currency: c,
    locale: p.locale,
    scope: scopeLabel(p),
    generatedAt: new Date().toISOString(),
    fx: fxFlags(db, f),
    segments: format(all, c),
    headline: {
      chineseAverage: money(divRound(t.chinese_customers.gross, t.chinese_customers.count), c),
      domesticAverage: money(divRound(t.card_domestic.gross, t.card_domestic.count), c),
      alipayAverage: money(divRound(t.alipay.gross, t.alipay.count), c),
      cardCnAverage: money(divRound(t.card_cn.gross, t.card_cn.count), c),
      chineseCount: t.chinese_customers.count,
      domesticCount: t.card_domestic.count,
      multiple: multiple(t.chinese_customers, t.card_domestic)
    },
    reference: {
      chineseAverage: money(SEED.chinese, 'NOK'),
      domesticAverage: money(SEED.domestic, 'NOK'),
      currency: 'NOK',
      multiple: ratio(SEED.chinese, SEED.domestic)!
    },
    monthly: monthsBetween(p.from, p.to).map((month) => {
      const m = byMonth.get(month)?.totals
      const cn = m?.chinese_customers ?? { count: 0, gross: 0, refunds: 0 }
      const dom = m?.card_domestic ?? { count: 0, gross: 0, refunds: 0 }
      return {
        month,
        chineseCount: cn.count,
        chineseGross: money(cn.gross, c),
        chineseAverage: money(divRound(cn.gross, cn.count), c),
        domesticCount: dom.count,
        domesticGross: money(dom.gross, c),
        domesticAverage: money(divRound(dom.gross, dom.count), c),
        multiple: multiple(cn, dom)
      }
    })
  }
}

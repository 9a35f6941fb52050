// The portfolio: Alipay against card, the top merchants and the monthly trend over a scope of merchants.
import type { DocChart, DocKpi, DocTable } from '../doc'
import { formatter } from '../format'
import { countryLabel, type Translate } from '../i18n'
import type { PortfolioModel } from '../types'
import { COLORS, money, nums, tableBlock, type Body } from './parts'

export function portfolio(m: PortfolioModel, t: Translate): Body {
  return {
    kpis: portfolioKpis(m, t),
    blocks: [
      tableBlock(alipayVsCardTable(m, t)),
      { kind: 'chart', chart: trendChart(m, t) },
      tableBlock(topMerchantsTable(m, t)),
      tableBlock(trendTable(m, t)),
      { kind: 'note', text: t('note.fx', m.currency) }
    ]
  }
}

function portfolioKpis(m: PortfolioModel, t: Translate): DocKpi[] {
  const c = m.currency
  const k = m.kpis
  return [
    { label: t('kpi.gross'), value: k.gross, kind: 'money', currency: c },
    { label: t('kpi.net'), value: k.net, kind: 'money', currency: c },
    { label: t('kpi.payments'), value: k.payments, kind: 'count' },
    { label: t('kpi.activeMerchants'), value: k.activeMerchants, kind: 'count' },
    { label: t('kpi.alipayAverage'), value: k.alipayAverage, kind: 'money', currency: c },
    { label: t('kpi.cardAverage'), value: k.cardAverage, kind: 'money', currency: c },
    { label: t('kpi.chineseAverage'), value: k.chineseAverage, kind: 'money', currency: c },
    { label: t('kpi.domesticAverage'), value: k.domesticAverage, kind: 'money', currency: c },
    { label: t('kpi.multiple'), value: k.chineseMultiple, kind: 'ratio' }
  ]
}

function alipayVsCardTable(m: PortfolioModel, t: Translate): DocTable {
  const c = m.currency
  return {
    id: 'alipay-vs-card',
    title: t('table.alipayVsCard'),
    columns: [
      { label: t('col.segment'), kind: 'text' },
      { label: t('col.count'), kind: 'count' },
      money(t('col.gross'), c),
      money(t('col.average'), c),
      { label: t('col.share'), kind: 'percent' }
    ],
    rows: m.alipayVsCard.map((r) => [t(`seg.${r.key}`), r.count, r.gross, r.average, r.sharePct])
  }
}

function trendChart(m: PortfolioModel, t: Translate): DocChart {
  const f = formatter(m.locale)
  return {
    id: 'trend-chart',
    title: t('chart.trend'),
    type: 'bars',
    labels: m.trend.map((r) => f.month(r.month)),
    series: [
      { name: t('seg.alipay'), color: COLORS.alipay, values: nums(m.trend.map((r) => r.alipay)) },
      { name: t('seg.card'), color: COLORS.card, values: nums(m.trend.map((r) => r.card)) }
    ],
    currency: m.currency
  }
}

function topMerchantsTable(m: PortfolioModel, t: Translate): DocTable {
  const c = m.currency
  return {
    id: 'top-merchants',
    title: t('table.top'),
    columns: [
      { label: t('col.merchant'), kind: 'text' },
      { label: t('col.country'), kind: 'text' },
      { label: t('col.count'), kind: 'count' },
      money(t('col.alipay'), c),
      money(t('col.card'), c),
      money(t('col.gross'), c),
      money(t('col.average'), c),
      { label: t('col.share'), kind: 'percent' }
    ],
    rows: m.topMerchants.map((r) => [
      r.name,
      countryLabel(t, r.country),
      r.count,
      r.alipay,
      r.card,
      r.gross,
      r.average,
      r.sharePct
    ])
  }
}

function trendTable(m: PortfolioModel, t: Translate): DocTable {
  const c = m.currency
  return {
    id: 'trend',
    title: t('table.trend'),
    columns: [
      { label: t('col.month'), kind: 'month' },
      { label: t('col.count'), kind: 'count' },
      money(t('col.alipay'), c),
      money(t('col.card'), c),
      money(t('col.total'), c)
    ],
    rows: m.trend.map((r) => [r.month, r.count, r.alipay, r.card, r.total])
  }
}

// Tourism: what Chinese customers spend per payment against domestic card holders, beside the 2018 reference.
import type { DocChart, DocKpi, DocTable } from '../doc'
import { formatter } from '../format'
import type { Translate } from '../i18n'
import type { TourismModel } from '../types'
import { COLORS, money, nums, tableBlock, type Body } from './parts'

export function tourism(m: TourismModel, t: Translate): Body {
  return {
    kpis: tourismKpis(m, t),
    blocks: [
      tableBlock(referenceTable(m, t)),
      { kind: 'chart', chart: averagesChart(m, t) },
      tableBlock(monthlyTable(m, t)),
      { kind: 'note', text: t('note.fx', m.currency) }
    ]
  }
}

function tourismKpis(m: TourismModel, t: Translate): DocKpi[] {
  const c = m.currency
  const h = m.headline
  return [
    { label: t('kpi.chineseAverage'), value: h.chineseAverage, kind: 'money', currency: c },
    { label: t('kpi.domesticAverage'), value: h.domesticAverage, kind: 'money', currency: c },
    { label: t('kpi.multiple'), value: h.multiple, kind: 'ratio' },
    { label: t('kpi.alipayAverage'), value: h.alipayAverage, kind: 'money', currency: c },
    { label: t('kpi.referenceChinese'), value: m.reference.chineseAverage, kind: 'money', currency: 'NOK' },
    { label: t('kpi.referenceDomestic'), value: m.reference.domesticAverage, kind: 'money', currency: 'NOK' },
    { label: t('kpi.referenceMultiple'), value: m.reference.multiple, kind: 'ratio' }
  ]
}

function referenceTable(m: TourismModel, t: Translate): DocTable {
  const c = m.currency
  const h = m.headline
  return {
    id: 'reference',
    title: t('table.reference'),
    columns: [
      { label: t('col.segment'), kind: 'text' },
      { label: t('col.count'), kind: 'count' },
      money(t('col.average') + ` (${c})`, c),
      money(t('col.average') + ' (NOK, 2018)', 'NOK')
    ],
    rows: [
      [t('seg.chinese_customers'), h.chineseCount, h.chineseAverage, m.reference.chineseAverage],
      [t('seg.card_domestic'), h.domesticCount, h.domesticAverage, m.reference.domesticAverage]
    ],
    note: t('note.reference')
  }
}

function averagesChart(m: TourismModel, t: Translate): DocChart {
  const f = formatter(m.locale)
  return {
    id: 'averages-chart',
    title: t('chart.averages'),
    type: 'lines',
    labels: m.monthly.map((r) => f.month(r.month)),
    series: [
      { name: t('seg.chinese_customers'), color: COLORS.chinese, values: nums(m.monthly.map((r) => r.chineseAverage)) },
      { name: t('seg.card_domestic'), color: COLORS.domestic, values: nums(m.monthly.map((r) => r.domesticAverage)) }
    ],
    currency: m.currency
  }
}

function monthlyTable(m: TourismModel, t: Translate): DocTable {
  const c = m.currency
  return {
    id: 'monthly',
    title: t('table.monthly'),
    columns: [
      { label: t('col.month'), kind: 'month' },
      { label: t('col.chineseCount'), kind: 'count' },
      money(t('col.chineseGross'), c),
      money(t('col.chineseAverage'), c),
      { label: t('col.domesticCount'), kind: 'count' },
      money(t('col.domesticGross'), c),
      money(t('col.domesticAverage'), c),
      { label: t('col.multiple'), kind: 'ratio' }
    ],
    rows: m.monthly.map((r) => [
      r.month,
      r.chineseCount,
      r.chineseGross,
      r.chineseAverage,
      r.domesticCount,
      r.domesticGross,
      r.domesticAverage,
      r.multiple
    ])
  }
}

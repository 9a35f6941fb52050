// The statement of one merchant: segments against the previous period, then day by day.
import type { Cell, DocChart, DocColumn, DocKpi, DocTable } from '../doc'
import { formatter } from '../format'
import type { MessageKey, Translate } from '../i18n'
import type { StatementModel } from '../types'
import { COLORS, money, nums, tableBlock, type Body } from './parts'

type Row = StatementModel['rows'][number]

export function statement(m: StatementModel, t: Translate): Body {
  const total = m.rows.find((r) => r.key === 'total')!
  return {
    kpis: statementKpis(m, t, total),
    blocks: [
      tableBlock(segmentTable(m, t, total)),
      { kind: 'chart', chart: dailyChart(m, t) },
      tableBlock(dailyTable(m, t)),
      { kind: 'note', text: t('note.fx', m.currency) }
    ]
  }
}

function statementKpis(m: StatementModel, t: Translate, total: Row): DocKpi[] {
  const c = m.currency
  const kpis: DocKpi[] = [
    { label: t('kpi.gross'), value: total.gross, kind: 'money', currency: c },
    { label: t('kpi.refunds'), value: total.refunds, kind: 'money', currency: c },
    ...(m.hasFees ? [{ label: t('kpi.fees'), value: total.fees, kind: 'money' as const, currency: c }] : []),
    { label: t('kpi.net'), value: total.net, kind: 'money', currency: c },
    ...(m.hasFees ? [{ label: t('col.payout'), value: total.payout, kind: 'money' as const, currency: c }] : []),
    { label: t('kpi.payments'), value: total.count, kind: 'count' },
    { label: t('kpi.average'), value: total.average, kind: 'money', currency: c },
    { label: t('kpi.change'), value: total.changePct, kind: 'change' }
  ]
  if (m.merchant.orgNumbers.length)
    kpis.unshift({ label: t('meta.orgNumber'), value: m.merchant.orgNumbers.join(', '), kind: 'text' })
  return kpis
}

function segmentTable(m: StatementModel, t: Translate, total: Row): DocTable {
  const c = m.currency
  const f = formatter(m.locale)
  const columns: DocColumn[] = [
    { label: t('col.segment'), kind: 'text' },
    { label: t('col.count'), kind: 'count' },
    money(t('col.gross'), c),
    money(t('col.refunds'), c),
    money(t('col.net'), c),
    ...(m.hasFees ? [money(t('col.fees'), c), money(t('col.payout'), c)] : []),
    money(t('col.average'), c),
    money(t('col.previous'), c),
    { label: t('col.change'), kind: 'change' }
  ]
  const row = (r: Row): Cell[] => [
    t(`seg.${r.key}` as MessageKey),
    r.count,
    r.gross,
    r.refunds,
    r.net,
    ...(m.hasFees ? [r.fees, r.payout] : []),
    r.average,
    r.previousGross,
    r.changePct
  ]
  return {
    id: 'segments',
    title: t('table.segments'),
    columns,
    rows: m.rows.filter((r) => r.key !== 'total').map(row),
    total: row(total),
    note: [t('note.previous', `${f.day(m.previous.from)} – ${f.day(m.previous.to)}`), m.hasFees ? t('note.fees') : '']
      .join(' ')
      .trim()
  }
}

function dailyTable(m: StatementModel, t: Translate): DocTable {
  const c = m.currency
  return {
    id: 'daily',
    title: t('table.daily'),
    columns: [
      { label: t('col.day'), kind: 'day' },
      { label: t('col.count'), kind: 'count' },
      money(t('col.alipay'), c),
      money(t('col.card'), c),
      money(t('col.refunds'), c),
      ...(m.hasFees ? [money(t('col.fees'), c)] : []),
      money(t('col.net'), c)
    ],
    rows: m.daily.map((d) => [d.day, d.count, d.alipay, d.card, d.refunds, ...(m.hasFees ? [d.fees] : []), d.net])
  }
}

function dailyChart(m: StatementModel, t: Translate): DocChart {
  const f = formatter(m.locale)
  return {
    id: 'daily-chart',
    title: t('chart.daily'),
    type: 'bars',
    labels: m.daily.map((d) => f.shortDay(d.day)),
    series: [
      { name: t('seg.alipay'), color: COLORS.alipay, values: nums(m.daily.map((d) => d.alipay)) },
      { name: t('seg.card'), color: COLORS.card, values: nums(m.daily.map((d) => d.card)) }
    ],
    currency: m.currency
  }
}

// Lays a report model out as titled tables, charts and key figures: the one shape every renderer
// (HTML, CSV, XLSX, the Reports screen) draws from, so all formats show the same figures.
import { countryLabel, stageLabel, translator, type MessageKey, type Translate } from './i18n'
import { formatter } from './format'
import type { PipelineModel, PortfolioModel, ReportModel, StatementModel, TourismModel } from './types'

export type CellKind = 'text' | 'money' | 'count' | 'percent' | 'change' | 'ratio' | 'day' | 'month'
/** Raw values: money and percentages as decimal strings, counts as numbers, days as 'YYYY-MM-DD'. */
export type Cell = string | number | null

export interface DocColumn {
  label: string
  kind: CellKind
  /** For money columns: the currency of the values. */
  currency?: string
}

export interface DocTable {
  id: string
  title: string
  columns: DocColumn[]
  rows: Cell[][]
  /** A last row shown in bold (totals). */
  total?: Cell[]
  note?: string
}

export interface DocChart {
  id: string
  title: string
  type: 'bars' | 'lines'
  /** Already formatted for the locale. */
  labels: string[]
  series: { name: string; color: string; values: number[] }[]
  /** Axis values are money in this currency, or plain counts when absent. */
  currency?: string
}

export interface DocKpi {
  label: string
  value: Cell
  kind: CellKind
  currency?: string
}

export type DocBlock = { kind: 'table'; table: DocTable } | { kind: 'chart'; chart: DocChart } | { kind: 'note'; text: string }

export interface ReportDoc {
  type: ReportModel['type']
  locale: ReportModel['locale']
  title: string
  /** "Merchant: Fjord Gaver", "Country: Norway", "All merchants" … */
  scope: string
  period: string
  currency: string
  generated: string
  /** File-name friendly: statement-fjord-gaver-2018-06-01-2018-06-30 */
  slug: string
  kpis: DocKpi[]
  blocks: DocBlock[]
}

export const COLORS = { alipay: '#1677ff', card: '#7a8699', chinese: '#d4380d', domestic: '#389e0d', reached: '#1677ff' }

export function tablesOf(doc: ReportDoc): DocTable[] {
  return doc.blocks.filter((b): b is { kind: 'table'; table: DocTable } => b.kind === 'table').map((b) => b.table)
}

/** File-name friendly: statement-fjord-gaver-2018-06-01-2018-06-30. */
export function reportSlug(
  type: string,
  scope: { merchant?: string; country?: string; rep?: string },
  from: string,
  to: string
): string {
  const who = (scope.merchant ?? [scope.country, scope.rep].filter(Boolean).join('-')) || 'all'
  return [type, who, from, to]
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
}

export function layout(model: ReportModel): ReportDoc {
  const t = translator(model.locale)
  const f = formatter(model.locale)
  const s = model.scope
  const scope = s.merchant
    ? t('scope.merchant', s.merchant)
    : [s.country && t('scope.country', countryLabel(t, s.country)), s.rep && t('scope.rep', s.rep)].filter(Boolean).join(' · ') ||
      t('scope.all')
  const base = {
    type: model.type,
    locale: model.locale,
    title: t(`title.${model.type}` as MessageKey),
    scope,
    period: `${f.day(model.from)} – ${f.day(model.to)}`,
    currency: model.currency,
    generated: f.timestamp(model.generatedAt),
    slug: reportSlug(model.type, model.scope, model.from, model.to)
  }
  const body =
    model.type === 'statement'
      ? statement(model, t)
      : model.type === 'portfolio'
        ? portfolio(model, t)
        : model.type === 'pipeline'
          ? pipeline(model, t)
          : tourism(model, t)
  const fxNotes: DocBlock[] = []
  if (model.fx?.approximate) fxNotes.push({ kind: 'note', text: t('note.fxApproximate') })
  if (model.fx?.missingRates) fxNotes.push({ kind: 'note', text: t('note.fxMissing') })
  return { ...base, kpis: body.kpis, blocks: [...body.blocks, ...fxNotes] }
}

type Body = Pick<ReportDoc, 'kpis' | 'blocks'>

const money = (label: string, currency: string): DocColumn => ({ label, kind: 'money', currency })
const nums = (values: string[]) => values.map(Number)

function statement(m: StatementModel, t: Translate): Body {
  const c = m.currency
  const f = formatter(m.locale)
  const total = m.rows.find((r) => r.key === 'total')!
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
  const row = (r: StatementModel['rows'][number]): Cell[] => [
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
  const daily: DocTable = {
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
  const dailyChart: DocChart = {
    id: 'daily-chart',
    title: t('chart.daily'),
    type: 'bars',
    labels: m.daily.map((d) => f.shortDay(d.day)),
    series: [
      { name: t('seg.alipay'), color: COLORS.alipay, values: nums(m.daily.map((d) => d.alipay)) },
      { name: t('seg.card'), color: COLORS.card, values: nums(m.daily.map((d) => d.card)) }
    ],
    currency: c
  }
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
  return {
    kpis,
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'segments',
          title: t('table.segments'),
          columns,
          rows: m.rows.filter((r) => r.key !== 'total').map(row),
          total: row(total),
          note: [t('note.previous', `${f.day(m.previous.from)} – ${f.day(m.previous.to)}`), m.hasFees ? t('note.fees') : '']
            .join(' ')
            .trim()
        }
      },
      { kind: 'chart', chart: dailyChart },
      { kind: 'table', table: daily },
      { kind: 'note', text: t('note.fx', c) }
    ]
  }
}

function portfolio(m: PortfolioModel, t: Translate): Body {
  const c = m.currency
  const f = formatter(m.locale)
  const k = m.kpis
  return {
    kpis: [
      { label: t('kpi.gross'), value: k.gross, kind: 'money', currency: c },
      { label: t('kpi.net'), value: k.net, kind: 'money', currency: c },
      { label: t('kpi.payments'), value: k.payments, kind: 'count' },
      { label: t('kpi.activeMerchants'), value: k.activeMerchants, kind: 'count' },
      { label: t('kpi.alipayAverage'), value: k.alipayAverage, kind: 'money', currency: c },
      { label: t('kpi.cardAverage'), value: k.cardAverage, kind: 'money', currency: c },
      { label: t('kpi.chineseAverage'), value: k.chineseAverage, kind: 'money', currency: c },
      { label: t('kpi.domesticAverage'), value: k.domesticAverage, kind: 'money', currency: c },
      { label: t('kpi.multiple'), value: k.chineseMultiple, kind: 'ratio' }
    ],
    blocks: [
      {
        kind: 'table',
        table: {
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
      },
      {
        kind: 'chart',
        chart: {
          id: 'trend-chart',
          title: t('chart.trend'),
          type: 'bars',
          labels: m.trend.map((r) => f.month(r.month)),
          series: [
            { name: t('seg.alipay'), color: COLORS.alipay, values: nums(m.trend.map((r) => r.alipay)) },
            { name: t('seg.card'), color: COLORS.card, values: nums(m.trend.map((r) => r.card)) }
          ],
          currency: c
        }
      },
      {
        kind: 'table',
        table: {
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
      },
      {
        kind: 'table',
        table: {
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
      },
      { kind: 'note', text: t('note.fx', c) }
    ]
  }
}

function pipeline(m: PipelineModel, t: Translate): Body {
  const f = formatter(m.locale)
  const live = m.byStage.find((s) => s.stage === 'live')?.total ?? 0
  return {
    kpis: [
      { label: t('kpi.merchants'), value: m.merchants, kind: 'count' },
      { label: t('kpi.live'), value: live, kind: 'count' },
      { label: t('kpi.goLives'), value: m.goLives.length, kind: 'count' },
      { label: t('kpi.stale'), value: m.stale.length, kind: 'count' }
    ],
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'by-stage',
          title: t('table.byStage'),
          columns: [
            { label: t('col.stage'), kind: 'text' },
            ...m.countries.map((c) => ({ label: countryLabel(t, c), kind: 'count' as const })),
            { label: t('col.total'), kind: 'count' }
          ],
          rows: m.byStage.map((s) => [stageLabel(t, s.stage), ...m.countries.map((c) => s.counts[c]), s.total]),
          total: [t('seg.total'), ...m.countries.map((c) => m.byStage.reduce((n, s) => n + s.counts[c], 0)), m.merchants]
        }
      },
      {
        kind: 'chart',
        chart: {
          id: 'funnel-chart',
          title: t('chart.funnel'),
          type: 'bars',
          labels: m.funnel.map((s) => stageLabel(t, s.stage)),
          series: [{ name: t('col.reached'), color: COLORS.reached, values: m.funnel.map((s) => s.reached) }]
        }
      },
      {
        kind: 'table',
        table: {
          id: 'funnel',
          title: t('table.funnel'),
          columns: [
            { label: t('col.stage'), kind: 'text' },
            { label: t('col.reached'), kind: 'count' },
            { label: t('col.conversion'), kind: 'percent' }
          ],
          rows: m.funnel.map((s) => [stageLabel(t, s.stage), s.reached, s.conversionPct]),
          note: t('note.funnel')
        }
      },
      {
        kind: 'table',
        table: {
          id: 'stale',
          title: t('table.stale'),
          columns: [
            { label: t('col.merchant'), kind: 'text' },
            { label: t('col.country'), kind: 'text' },
            { label: t('col.stage'), kind: 'text' },
            { label: t('col.rep'), kind: 'text' },
            { label: t('col.since'), kind: 'day' },
            { label: t('col.days'), kind: 'count' }
          ],
          rows: m.stale.map((s) => [s.name, countryLabel(t, s.country), stageLabel(t, s.stage), s.rep, s.since, s.days]),
          note: t('note.stale', f.count(m.staleDays))
        }
      },
      {
        kind: 'table',
        table: {
          id: 'go-lives',
          title: t('table.goLives'),
          columns: [
            { label: t('col.merchant'), kind: 'text' },
            { label: t('col.country'), kind: 'text' },
            { label: t('col.rep'), kind: 'text' },
            { label: t('col.goLive'), kind: 'day' }
          ],
          rows: m.goLives.map((g) => [g.name, countryLabel(t, g.country), g.rep, g.day])
        }
      }
    ]
  }
}

function tourism(m: TourismModel, t: Translate): Body {
  const c = m.currency
  const f = formatter(m.locale)
  const h = m.headline
  return {
    kpis: [
      { label: t('kpi.chineseAverage'), value: h.chineseAverage, kind: 'money', currency: c },
      { label: t('kpi.domesticAverage'), value: h.domesticAverage, kind: 'money', currency: c },
      { label: t('kpi.multiple'), value: h.multiple, kind: 'ratio' },
      { label: t('kpi.alipayAverage'), value: h.alipayAverage, kind: 'money', currency: c },
      { label: t('kpi.referenceChinese'), value: m.reference.chineseAverage, kind: 'money', currency: 'NOK' },
      { label: t('kpi.referenceDomestic'), value: m.reference.domesticAverage, kind: 'money', currency: 'NOK' },
      { label: t('kpi.referenceMultiple'), value: m.reference.multiple, kind: 'ratio' }
    ],
    blocks: [
      {
        kind: 'table',
        table: {
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
      },
      {
        kind: 'chart',
        chart: {
          id: 'averages-chart',
          title: t('chart.averages'),
          type: 'lines',
          labels: m.monthly.map((r) => f.month(r.month)),
          series: [
            { name: t('seg.chinese_customers'), color: COLORS.chinese, values: nums(m.monthly.map((r) => r.chineseAverage)) },
            { name: t('seg.card_domestic'), color: COLORS.domestic, values: nums(m.monthly.map((r) => r.domesticAverage)) }
          ],
          currency: c
        }
      },
      {
        kind: 'table',
        table: {
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
      },
      { kind: 'note', text: t('note.fx', c) }
    ]
  }
}

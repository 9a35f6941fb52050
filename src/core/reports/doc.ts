// Lays a report model out as titled tables, charts and key figures: the one shape every renderer
// (HTML, CSV, XLSX, the Reports screen) draws from, so all formats show the same figures.
import { countryLabel, translator, type MessageKey } from './i18n'
import { formatter } from './format'
import { pipeline } from './layout/pipeline'
import { portfolio } from './layout/portfolio'
import { statement } from './layout/statement'
import { tourism } from './layout/tourism'
import type { ReportModel } from './types'

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

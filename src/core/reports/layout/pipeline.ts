// The onboarding pipeline: merchants by stage and country, the funnel, stale merchants and go-lives.
import type { DocChart, DocTable } from '../doc'
import { formatter } from '../format'
import { countryLabel, stageLabel, type Translate } from '../i18n'
import type { PipelineModel } from '../types'
import { COLORS, tableBlock, type Body } from './parts'

export function pipeline(m: PipelineModel, t: Translate): Body {
  const live = m.byStage.find((s) => s.stage === 'live')?.total ?? 0
  return {
    kpis: [
      { label: t('kpi.merchants'), value: m.merchants, kind: 'count' },
      { label: t('kpi.live'), value: live, kind: 'count' },
      { label: t('kpi.goLives'), value: m.goLives.length, kind: 'count' },
      { label: t('kpi.stale'), value: m.stale.length, kind: 'count' }
    ],
    blocks: [
      tableBlock(byStageTable(m, t)),
      { kind: 'chart', chart: funnelChart(m, t) },
      tableBlock(funnelTable(m, t)),
      tableBlock(staleTable(m, t)),
      tableBlock(goLivesTable(m, t))
    ]
  }
}

function byStageTable(m: PipelineModel, t: Translate): DocTable {
  return {
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
}

function funnelChart(m: PipelineModel, t: Translate): DocChart {
  return {
    id: 'funnel-chart',
    title: t('chart.funnel'),
    type: 'bars',
    labels: m.funnel.map((s) => stageLabel(t, s.stage)),
    series: [{ name: t('col.reached'), color: COLORS.reached, values: m.funnel.map((s) => s.reached) }]
  }
}

function funnelTable(m: PipelineModel, t: Translate): DocTable {
  return {
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
}

function staleTable(m: PipelineModel, t: Translate): DocTable {
  const f = formatter(m.locale)
  return {
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
}

function goLivesTable(m: PipelineModel, t: Translate): DocTable {
  return {
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

import type { SegmentTotals } from '../analytics/stats'
import type { Segment } from '../analytics/segments'
import type { ReportLocale, ReportType } from './params'

/** Money is a decimal string in the report currency (as in `kassa stats --json`); percentages are decimal strings. */
export interface ReportBase {
  type: ReportType
  from: string
  to: string
  currency: string
  locale: ReportLocale
  /** Who the report is about: a merchant, a country, a rep or everyone. */
  scope: { merchant?: string; country?: string; rep?: string }
  generatedAt: string
  /** As in stats(): approximate (bundled) rates used, or days without a published rate. Absent for the pipeline. */
  fx?: { approximate: boolean; missingRates: boolean }
}

export type StatementRowKey = 'alipay' | 'card_domestic' | 'card_cn' | 'card_foreign' | 'card_other' | 'total'

export interface StatementRow extends SegmentTotals {
  key: StatementRowKey
  fees: string
  /** net − fees */
  payout: string
  previousGross: string
  /** % change of gross against the previous period, null when that was 0. */
  changePct: string | null
}

export interface StatementModel extends ReportBase {
  type: 'statement'
  /** Business ids in their canonical display form (`988 077 917`, `556058-1158`). */
  merchant: { name: string; countries: string[]; orgNumbers: string[] }
  /** Exactly `stats({merchant, from, to, currency}).segments`. */
  segments: Record<Segment, SegmentTotals>
  previous: { from: string; to: string; segments: Record<Segment, SegmentTotals> }
  rows: StatementRow[]
  hasFees: boolean
  daily: { day: string; count: number; alipay: string; card: string; refunds: string; fees: string; net: string }[]
}

export interface PortfolioModel extends ReportBase {
  type: 'portfolio'
  segments: Record<Segment, SegmentTotals>
  kpis: {
    activeMerchants: number
    payments: number
    gross: string
    refunds: string
    net: string
    alipayAverage: string
    cardAverage: string
    chineseAverage: string
    domesticAverage: string
    /** chinese_customers average ÷ card_domestic average, 1 decimal as on the dashboard; null without domestic sales. */
    chineseMultiple: string | null
  }
  alipayVsCard: { key: 'alipay' | 'card'; count: number; gross: string; average: string; sharePct: string }[]
  topMerchants: {
    name: string
    country: string
    count: number
    alipay: string
    card: string
    gross: string
    average: string
    sharePct: string
  }[]
  trend: { month: string; alipay: string; card: string; total: string; count: number }[]
}

export interface PipelineModel extends ReportBase {
  type: 'pipeline'
  stages: string[]
  countries: string[]
  byStage: { stage: string; counts: Record<string, number>; total: number }[]
  funnel: { stage: string; reached: number; conversionPct: string | null }[]
  staleDays: number
  stale: { name: string; country: string; stage: string; rep: string | null; since: string; days: number }[]
  goLives: { name: string; country: string; rep: string | null; day: string }[]
  merchants: number
}

export interface TourismModel extends ReportBase {
  type: 'tourism'
  segments: Record<Segment, SegmentTotals>
  headline: {
    chineseAverage: string
    domesticAverage: string
    alipayAverage: string
    cardCnAverage: string
    chineseCount: number
    domesticCount: number
    multiple: string | null
  }
  /** The seed's figures (NOK 4,000 vs NOK 338 in 2017/18), in NOK as published. */
  reference: { chineseAverage: string; domesticAverage: string; currency: 'NOK'; multiple: string }
  monthly: {
    month: string
    chineseCount: number
    chineseGross: string
    chineseAverage: string
    domesticCount: number
    domesticGross: string
    domesticAverage: string
    multiple: string | null
  }[]
}

export type ReportModel = StatementModel | PortfolioModel | PipelineModel | TourismModel

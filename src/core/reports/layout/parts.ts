// Small pieces every report layout uses.
import type { DocBlock, DocColumn, DocTable, ReportDoc } from '../doc'

/** What one report type adds to the doc's header: its key figures and blocks. */
export type Body = Pick<ReportDoc, 'kpis' | 'blocks'>

export const COLORS = { alipay: '#1677ff', card: '#7a8699', chinese: '#d4380d', domestic: '#389e0d', reached: '#1677ff' }

export const money = (label: string, currency: string): DocColumn => ({ label, kind: 'money', currency })
export const nums = (values: string[]): number[] => values.map(Number)
export const tableBlock = (table: DocTable): DocBlock => ({ kind: 'table', table })

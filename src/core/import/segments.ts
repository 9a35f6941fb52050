import type { Origin } from '../db/transaction-codes'

/** The segments a file's rows are counted in, so a user can see at a glance whether its split is plausible. */
export const IMPORT_SEGMENTS = ['alipay', 'card_domestic', 'card_cn', 'card_foreign', 'card_unknown', 'other'] as const
export type ImportSegment = (typeof IMPORT_SEGMENTS)[number]
export type SegmentCounts = Record<ImportSegment, number>

/** A row's origin already says its segment: Alipay, a card by issuing country (unknown when the file names none), or another method. */
const SEGMENT_OF: Record<Origin, ImportSegment> = {
  alipay: 'alipay',
  domestic: 'card_domestic',
  cn: 'card_cn',
  foreign: 'card_foreign',
  unknown: 'card_unknown',
  other: 'other'
}

export const segmentOf = (origin: Origin): ImportSegment => SEGMENT_OF[origin]

export const noSegments = (): SegmentCounts => ({
  alipay: 0,
  card_domestic: 0,
  card_cn: 0,
  card_foreign: 0,
  card_unknown: 0,
  other: 0
})

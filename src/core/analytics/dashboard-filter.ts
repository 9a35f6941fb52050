import { z } from 'zod'
import type { Db } from '../db/open'
import { UserError } from '../errors'
import { CURRENCIES } from '../money/currency'
import { COUNTRIES, isValidDay } from '../time/zones'
import type { Target } from '../rollup/cubes'
import { ensureCubes } from '../rollup'
import { prepared } from '../db/prepared'
import { PRESETS, autoGranularity, presetRange, type Granularity, type Range } from './period'
import type { CubeFilter } from './query'

const day = z.string().refine(isValidDay, { message: 'expected a date as YYYY-MM-DD' })

export const METHODS = ['alipay', 'card', 'other'] as const
export const CARD_ORIGINS = ['domestic', 'cn', 'foreign', 'unknown'] as const

/** The dashboard's filter state, as kept in the Pinia store, the route query and saved views. */
export const dashboardFilterSchema = z.object({
  preset: z.enum(PRESETS).default('all'),
  from: day.optional(),
  to: day.optional(),
  /** Day the presets count back from; defaults to the last day with data. */
  asOf: day.optional(),
  countries: z.array(z.enum(COUNTRIES)).optional(),
  merchantIds: z.array(z.number().int()).optional(),
  storeIds: z.array(z.number().int()).optional(),
  methods: z.array(z.enum(METHODS)).optional(),
  cardOrigins: z.array(z.enum(CARD_ORIGINS)).optional(),
  currency: z.enum(CURRENCIES).default('NOK'),
  granularity: z.enum(['auto', 'day', 'week', 'month']).default('auto')
})
export type DashboardFilter = z.input<typeof dashboardFilterSchema>

export interface ResolvedDashboardFilter {
  range: Range
  span: Range
  asOf: string
  currency: Target
  granularity: Granularity
  cube: CubeFilter
}

/** The first and last day with any sales (today when the store is empty). */
export function dataSpan(db: Db): Range {
  ensureCubes(db)
  const row = prepared(
    db,
    'SELECT (SELECT MIN(t) FROM money_day_country) AS first, (SELECT MAX(t) FROM money_day_country) AS last'
  ).get() as {
    first: string | null
    last: string | null
  }
  const today = new Date().toISOString().slice(0, 10)
  return { from: row.first ?? today, to: row.last ?? today }
}

export function resolveDashboardFilter(db: Db, input: DashboardFilter): ResolvedDashboardFilter {
  const f = dashboardFilterSchema.parse(input)
  const span = dataSpan(db)
  const asOf = f.asOf ?? span.to
  const range = presetRange(f.preset, asOf, span, { from: f.from, to: f.to })
  if (range.from > range.to) throw new UserError('bad_range', `"from" ${range.from} is after "to" ${range.to}`)
  const unique = <T>(xs: T[] | undefined) => (xs && xs.length ? [...new Set(xs)] : undefined)
  return {
    range,
    span,
    asOf,
    currency: f.currency,
    granularity: f.granularity === 'auto' ? autoGranularity(range) : f.granularity,
    cube: {
      from: range.from,
      to: range.to,
      countries: unique(f.countries),
      merchantIds: unique(f.merchantIds),
      storeIds: unique(f.storeIds),
      methods: unique(f.methods),
      cardOrigins: unique(f.cardOrigins)
    }
  }
}

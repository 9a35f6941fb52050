import { z } from 'zod'
import type { Db } from '../db/open'
import { UserError } from '../errors'
import { CURRENCIES } from '../money/currency'
import { COUNTRIES, isValidDay } from '../time/zones'
import type { CubeFilter } from './query'
import { merchantsNamed } from '../shared/names'

const day = z.string().refine(isValidDay, { message: 'expected a date as YYYY-MM-DD' })

export const statsFilterSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  country: z.enum(COUNTRIES).optional(),
  merchant: z.string().min(1).optional(),
  merchantIds: z.array(z.number().int()).optional(),
  methods: z.array(z.enum(['alipay', 'card', 'other'])).optional(),
  /** Keeps card rows of these origins; Alipay and other methods are not cards and stay. */
  cardOrigins: z.array(z.enum(['domestic', 'cn', 'foreign', 'unknown'])).optional(),
  currency: z.enum(CURRENCIES).default('NOK')
})
export type StatsFilter = z.input<typeof statsFilterSchema>

export interface ResolvedFilter {
  from: string
  to: string
  currency: string
  /** The same filter for the analytics cubes (src/core/analytics/query.ts). */
  cube: CubeFilter
  where: string
  params: (string | number)[]
}

/** Turns a filter into a WHERE clause over daily_rollup `r` joined to merchants `m`. */
export function resolveFilter(db: Db, input: StatsFilter): ResolvedFilter {
  const f = statsFilterSchema.parse(input)
  const span = db.prepare('SELECT MIN(day) AS first, MAX(day) AS last FROM daily_rollup').get() as {
    first: string | null
    last: string | null
  }
  const today = new Date().toISOString().slice(0, 10)
  const from = f.from ?? span.first ?? today
  const to = f.to ?? span.last ?? today
  const clauses = ['r.day BETWEEN ? AND ?']
  const params: (string | number)[] = [from, to]
  if (f.country) {
    clauses.push('m.country = ?')
    params.push(f.country)
  }
  let merchantIds: number[] | undefined
  if (f.merchant) {
    const found = merchantsNamed(db, f.merchant)
    if (found.length === 0) throw new UserError('unknown_merchant', `no merchant named "${f.merchant}"`)
    merchantIds = found.map((m) => m.id)
  }
  if (f.merchantIds) merchantIds = merchantIds ? merchantIds.filter((id) => f.merchantIds!.includes(id)) : f.merchantIds
  if (merchantIds) {
    clauses.push(`r.merchant_id IN (${merchantIds.map(() => '?').join(',') || 'NULL'})`)
    params.push(...merchantIds)
  }
  if (f.methods) {
    clauses.push(`r.method IN (${f.methods.map(() => '?').join(',') || 'NULL'})`)
    params.push(...f.methods)
  }
  if (f.cardOrigins) {
    clauses.push(`(r.method <> 'card' OR r.origin IN (${f.cardOrigins.map(() => '?').join(',') || 'NULL'}))`)
    params.push(...f.cardOrigins)
  }
  const cube: CubeFilter = {
    from,
    to,
    countries: f.country ? [f.country] : undefined,
    merchantIds,
    methods: f.methods,
    cardOrigins: f.cardOrigins
  }
  return { from, to, currency: f.currency, cube, where: clauses.join(' AND '), params }
}

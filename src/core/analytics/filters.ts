import { z } from 'zod'
import type { Db } from '../db/open'
import { CURRENCIES } from '../money/currency'
import { isValidDay } from '../time/zones'

const day = z.string().refine(isValidDay, { message: 'expected a date as YYYY-MM-DD' })

export const statsFilterSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  country: z.enum(['DK', 'NO', 'SE', 'FI']).optional(),
  merchant: z.string().min(1).optional(),
  merchantIds: z.array(z.number().int()).optional(),
  currency: z.enum(CURRENCIES).default('NOK')
})
export type StatsFilter = z.input<typeof statsFilterSchema>

export class UnknownMerchantError extends Error {
  readonly code = 'unknown_merchant'
}

export interface ResolvedFilter {
  from: string
  to: string
  currency: string
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
  if (f.merchant) {
    const found = db.prepare('SELECT id FROM merchants WHERE name = ? COLLATE NOCASE').all(f.merchant) as { id: number }[]
    if (found.length === 0) throw new UnknownMerchantError(`no merchant named "${f.merchant}"`)
    clauses.push(`r.merchant_id IN (${found.map(() => '?').join(',')})`)
    params.push(...found.map((m) => m.id))
  }
  if (f.merchantIds) {
    clauses.push(`r.merchant_id IN (${f.merchantIds.map(() => '?').join(',') || 'NULL'})`)
    params.push(...f.merchantIds)
  }
  return { from, to, currency: f.currency, where: clauses.join(' AND '), params }
}

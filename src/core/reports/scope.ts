import type { Db } from '../db/open'
import { UserError } from '../errors'
import { resolveFilter, type ResolvedFilter, type StatsFilter } from '../analytics/filters'
import type { ReportParams } from './params'
import { merchantsNamed, repNamed } from '../shared/names'

/** The stats filter a report's scope stands for; unknown merchants and reps are refused by name. */
export function scopeFilter(db: Db, p: ReportParams, period: { from: string; to: string } = p): StatsFilter {
  const filter: StatsFilter = { from: period.from, to: period.to, currency: p.currency }
  if (p.country) filter.country = p.country
  if (p.merchant) {
    if (merchantsNamed(db, p.merchant).length === 0) throw new UserError('unknown_merchant', `no merchant named "${p.merchant}"`)
    filter.merchant = p.merchant
  }
  if (p.rep) filter.merchantIds = repMerchantIds(db, p.rep)
  return filter
}

export function repMerchantIds(db: Db, rep: string): number[] {
  const found = repNamed(db, rep)
  if (!found) throw new UserError('unknown_rep', `no account rep named "${rep}"`)
  return (db.prepare('SELECT id FROM merchants WHERE rep_id = ? ORDER BY id').all(found.id) as { id: number }[]).map((r) => r.id)
}

export function resolved(db: Db, filter: StatsFilter): ResolvedFilter {
  return resolveFilter(db, filter)
}

export function scopeLabel(p: ReportParams): { merchant?: string; country?: string; rep?: string } {
  const scope: { merchant?: string; country?: string; rep?: string } = {}
  if (p.merchant) scope.merchant = p.merchant
  if (p.country) scope.country = p.country
  if (p.rep) scope.rep = p.rep
  return scope
}

export function emptyPeriod(p: ReportParams, what: string): UserError {
  return new UserError('empty_period', `no ${what} between ${p.from} and ${p.to} for this scope`)
}

/** a ÷ b (non-negative integers) rounded half up to one decimal, like the dashboard's multiple; null when b is 0. */
export function ratio(a: number, b: number): string | null {
  if (b === 0) return null
  const tenths = (BigInt(a) * 20n + BigInt(b)) / (2n * BigInt(b))
  return `${tenths / 10n}.${tenths % 10n}`
}

/** part ÷ whole as a percentage with 1 decimal ("0.0" when whole is 0). */
export function share(part: number, whole: number): string {
  return whole === 0 ? '0.0' : ((part / whole) * 100).toFixed(1)
}

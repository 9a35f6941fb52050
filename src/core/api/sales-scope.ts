import type { Db } from '../db/open'
import { merchantsNamed, nameKey } from '../shared/names'
import { ROLE_LABELS, seesAllSales, type Actor } from '../merchants/profiles'
import { UserError } from '../errors'
import { merchantOfTransaction, repName, shopsOfRep } from '../merchants/shops'

/**
 * How a route's input names the merchants whose sales it reads:
 * - `filter`: optional `merchantIds` and `merchant` (a name), as the dashboard, transactions and stats filters;
 * - `transaction`: one transaction's `id`;
 * - `report`: `params.merchant` and `params.rep`, as report parameters.
 */
export type SalesScope = 'filter' | 'transaction' | 'report'

/**
 * A manager's input narrowed to their own shops: asking for another's merchant (or rep) is `forbidden`, asking for
 * nothing in particular reads their own shops only. Reps and admins see every merchant's sales; input passes as is.
 */
export function narrowSales(db: Db, actor: Actor, scope: SalesScope, input: unknown): unknown {
  if (seesAllSales(actor)) return input
  const own = new Set(ownShops(db, actor))
  const refuse = (what: string) =>
    new UserError('forbidden', `${actor.name} (${ROLE_LABELS[actor.role]}) sees the sales of their own shops only: ${what}`)
  const named = (name: string | undefined) => {
    const ids = name ? merchantsNamed(db, name).map((m) => m.id) : []
    if (ids.length > 0 && !ids.some((id) => own.has(id))) throw refuse(`${name} is not one of them`)
  }
  if (scope === 'transaction') {
    const { id } = input as { id: number }
    const merchantId = merchantOfTransaction(db, id)
    if (merchantId !== undefined && !own.has(merchantId)) throw refuse(`transaction ${id} is another shop's`)
    return input
  }
  if (own.size === 0) throw refuse('no shop is assigned to them yet')
  if (scope === 'filter') {
    const f = input as { merchantIds?: number[]; merchant?: string }
    if (f.merchantIds?.some((id) => !own.has(id))) throw refuse('the filter names another rep’s merchant')
    named(f.merchant)
    return { ...f, merchantIds: f.merchantIds?.length ? f.merchantIds : [...own] }
  }
  const { params, ...rest } = input as { params: { merchant?: string; rep?: string } }
  const ownName = repName(db, actor.repId!)!
  if (params.rep && nameKey(params.rep) !== nameKey(ownName)) throw refuse(`${params.rep}’s shops are not theirs`)
  named(params.merchant)
  return { ...rest, params: { ...params, rep: ownName } }
}

/** The merchants assigned to a manager's own reps row. */
export function ownShops(db: Db, actor: Actor): number[] {
  return actor.repId === null ? [] : shopsOfRep(db, actor.repId)
}

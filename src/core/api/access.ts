import type { Db } from '../db/open'
import { storedPassphrase } from '../merchants/passphrase'
import { activeProfile, can, requirePermission, ROLE_LABELS, type Actor, type Permission } from '../merchants/profiles'
import { UserError } from '../errors'
import { batchOwner } from '../import/batch-owner'
import type { Ctx } from './route'
import { narrowSales, type SalesScope } from './sales-scope'

/**
 * What a route declares next to its schema; the invoke path checks it before the handler runs. Roles are guard-rails
 * on a shared desktop and the name on the audit trail, not authentication (docs/decisions.md).
 */
export interface Access {
  /** The permission the acting profile needs (src/core/merchants/profiles.ts). */
  needs?: Permission
  /** The route reads sales: a manager reads their own shops' only (src/core/api/sales-scope.ts). */
  sales?: SalesScope
  /** The route acts on the import `batchId`: a rep only on one they imported, an admin on any. */
  ownBatch?: true
}

/** Per session (context): the admin profile whose passphrase was entered in it. */
const unlocked = new WeakMap<object, number>()

/** Records that `profileId`'s passphrase was entered in this session; null forgets it (switched away). */
export function unlock(ctx: Ctx, profileId: number | null): void {
  if (profileId === null) unlocked.delete(ctx)
  else unlocked.set(ctx, profileId)
}

/** An admin with a passphrase not entered in this session (the app was closed as admin): it reads but changes nothing. */
export function isLocked(ctx: Ctx, actor: Actor): boolean {
  return actor.role === 'admin' && unlocked.get(ctx) !== actor.id && storedPassphrase(ctx.db, actor.id) !== null
}

/** The acting profile, if it may call the route at all; throws `forbidden` or `passphrase_required`. Before parsing. */
export function permit(ctx: Ctx, access: Access): Actor {
  const actor = activeProfile(ctx.db)
  if (access.needs) {
    if (isLocked(ctx, actor))
      throw new UserError(
        'passphrase_required',
        `enter the passphrase of ${actor.name} (choose the profile again) to change anything`
      )
    requirePermission(actor, access.needs)
  }
  return actor
}

/** The parsed input as `actor` may use it: their own batch, their own shops' sales. */
export function scope(ctx: Ctx, access: Access, actor: Actor, input: unknown): unknown {
  if (access.ownBatch) checkBatchOwner(ctx.db, actor, (input as { batchId: number }).batchId)
  return access.sales ? narrowSales(ctx.db, actor, access.sales, input) : input
}

function checkBatchOwner(db: Db, actor: Actor, batchId: number): void {
  const owner = batchOwner(db, batchId)
  if (owner !== undefined && owner !== actor.id && !can(actor, 'imports.undoAny'))
    throw new UserError('forbidden', `${actor.name} (${ROLE_LABELS[actor.role]}) may undo their own imports only`)
}

import { z } from 'zod'
import { UserError } from '../errors'
import type { Db } from '../db/open'
import { nameKey, repNamed } from '../shared/names'

export const ROLES = ['rep', 'manager', 'admin'] as const
export type Role = (typeof ROLES)[number]
export const ROLE_LABELS: Record<Role, string> = { rep: 'Account rep', manager: 'Merchant manager', admin: 'Admin' }

export interface Actor {
  id: number
  name: string
  role: Role
  repId: number | null
}

/**
 * What each role may do. Routes declare the permission they need (src/core/api/access.ts); the merchant services
 * check theirs again, so the CLI and tests calling them directly get the same rules.
 */
export type Permission = 'merchants.edit' | 'imports.run' | 'imports.undoAny' | 'settings.edit' | 'profiles.manage'
const GRANTS: Record<Role, Permission[]> = {
  rep: ['merchants.edit', 'imports.run'],
  manager: [],
  admin: ['merchants.edit', 'imports.run', 'imports.undoAny', 'settings.edit', 'profiles.manage']
}

const WHAT: Record<Permission, string> = {
  'merchants.edit': 'edit merchants (account reps and admins can)',
  'imports.run': 'import or undo transaction files (account reps and admins can)',
  'imports.undoAny': 'undo an import another profile made (admins can)',
  'settings.edit': 'change settings (admins can)',
  'profiles.manage': 'manage profiles (admins can)'
}

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission)
}

/** Managers see the sales of their own shops only (src/core/api/sales-scope.ts); reps and admins see every merchant's. */
export function canSeeSales(actor: Actor, merchantRepId: number | null): boolean {
  return seesAllSales(actor) || (actor.repId !== null && actor.repId === merchantRepId)
}

export function seesAllSales(actor: Actor): boolean {
  return actor.role !== 'manager'
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission))
    throw new UserError('forbidden', `${actor.name} (${ROLE_LABELS[actor.role]}) may not ${WHAT[permission]}`)
}

const SELECT = 'SELECT id, name, role, rep_id AS repId FROM profiles'

export function listProfiles(db: Db): Actor[] {
  return db.prepare(`${SELECT} ORDER BY name COLLATE NOCASE`).all() as Actor[]
}

/** The acting profile; falls back to the first admin if the active row points nowhere. */
export function activeProfile(db: Db): Actor {
  const row = db.prepare(`${SELECT} WHERE id = (SELECT profile_id FROM active_profile WHERE id = 1)`).get() as Actor | undefined
  return row ?? storeOwner(db)
}

/**
 * The first admin profile: who the `kassa` command acts as. Whoever can run it can open the store's file with any
 * SQLite client, so the CLI does not pretend to check roles (docs/decisions.md).
 */
export function storeOwner(db: Db): Actor {
  const admin = db.prepare(`${SELECT} WHERE role = 'admin' ORDER BY id LIMIT 1`).get() as Actor | undefined
  if (!admin) throw new UserError('no_profile', 'no profile exists: create one first')
  return admin
}

export function switchProfile(db: Db, profileId: number): Actor {
  const exists = db.prepare('SELECT 1 FROM profiles WHERE id = ?').get(profileId)
  if (!exists) throw new UserError('unknown_profile', `no profile #${profileId}`)
  db.prepare(
    'INSERT INTO active_profile (id, profile_id) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET profile_id = excluded.profile_id'
  ).run(profileId)
  return activeProfile(db)
}

export const profileInputSchema = z.object({
  name: z.string().trim().min(1, 'a name is required').max(80),
  role: z.enum(ROLES)
})

/**
 * Rep and manager profiles are linked to the reps row of the same name (created if needed): shops are assigned
 * to that row, and a manager's "own shops" are the ones assigned to them.
 */
export function createProfile(db: Db, actor: Actor, input: z.input<typeof profileInputSchema>, now = Date.now()): Actor {
  requirePermission(actor, 'profiles.manage')
  const { name, role } = profileInputSchema.parse(input)
  const taken = db.prepare('SELECT name FROM profiles').pluck().all() as string[]
  if (taken.some((other) => nameKey(other) === nameKey(name))) {
    throw new UserError('duplicate_profile', `a profile named ${name} already exists`)
  }
  return db.transaction(() => {
    let repId: number | null = null
    if (role === 'rep' || role === 'manager') {
      const rep = repNamed(db, name)
      repId = rep ? rep.id : Number(db.prepare('INSERT INTO reps (name) VALUES (?)').run(name).lastInsertRowid)
    }
    const id = Number(
      db.prepare('INSERT INTO profiles (name, role, rep_id, created_at) VALUES (?, ?, ?, ?)').run(name, role, repId, now)
        .lastInsertRowid
    )
    return { id, name, role, repId }
  })()
}

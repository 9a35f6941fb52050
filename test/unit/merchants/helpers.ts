import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDb, type Db } from '../../../src/core/db/open'
import { activeProfile, createProfile, type Actor } from '../../../src/core/merchants/profiles'

export interface Fixture {
  db: Db
  dir: string
  admin: Actor
  rep: Actor
  manager: Actor
}

/** A fresh migrated store in a temp folder with one profile per role. */
export function fixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-merchants-'))
  const db = openDb(join(dir, 'kassa.sqlite'))
  const admin = activeProfile(db)
  const rep = createProfile(db, admin, { name: 'Ingrid Rep', role: 'rep' })
  const manager = createProfile(db, admin, { name: 'Mats Manager', role: 'manager' })
  return { db, dir, admin, rep, manager }
}

export const day = (iso: string) => Date.parse(iso + 'T12:00:00Z')

import type { Db } from '../db/open'

/**
 * What two spellings of one name share: composed (NFC) characters, one space between words, lower case in every
 * script. SQLite's NOCASE folds ASCII only, so "ØSTERBRO KIOSK" and "Østerbro Kiosk" differ there, and a file
 * saved on a Mac may spell "å" as "a" + ring.
 */
export const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

export interface NamedMerchant {
  id: number
  name: string
  country: string
  org: string | null
}

/** The merchants called `name` however it is written (nameKey), oldest first. One read of the merchants table. */
export function merchantsNamed(db: Db, name: string): NamedMerchant[] {
  const key = nameKey(name)
  const all = db.prepare('SELECT id, name, country, org_number AS org FROM merchants ORDER BY id').all() as NamedMerchant[]
  return all.filter((m) => nameKey(m.name) === key)
}

/** The account rep called `name` however it is written, the oldest if two are. */
export function repNamed(db: Db, name: string): { id: number; name: string } | undefined {
  const key = nameKey(name)
  const all = db.prepare('SELECT id, name FROM reps ORDER BY id').all() as { id: number; name: string }[]
  return all.find((r) => nameKey(r.name) === key)
}

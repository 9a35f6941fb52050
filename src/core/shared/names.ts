import type { Db } from '../db/open'

/**
 * What two spellings of one name share: composed (NFC) characters, one space between words, lower case in every
 * script. SQLite's NOCASE folds ASCII only, so "ØSTERBRO KIOSK" and "Østerbro Kiosk" differ there, and a file
 * saved on a Mac may spell "å" as "a" + ring.
 */
export const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/** The longest merchant or store name the merchant form takes; an import creating one refuses longer names too. */
export const NAME_MAX_LENGTH = 200

/** Why a new merchant or store name cannot be created, or null when it can. */
export function nameTooLong(what: 'merchant' | 'store', name: string): string | null {
  return name.length > NAME_MAX_LENGTH
    ? `the new ${what}'s name is ${name.length} characters long; a name has at most ${NAME_MAX_LENGTH} ("${name.slice(0, 40)}…")`
    : null
}

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

/** A name as SQLite's NOCASE compares it: ASCII letters folded, nothing else. */
export const nocaseKey = (name: string): string => name.trim().replace(/[A-Z]/g, (c) => c.toLowerCase())
/** A name exactly as written, but for the spaces around it. */
export const exactKey = (name: string): string => name.trim()

/**
 * Values by name, looked up by `firstKey` (how the store used to match names) before nameKey, so a store where two
 * spellings of one name became two rows keeps sending each spelling to the same row as before, and with it the
 * same duplicate fingerprints; a spelling it never matched finds the oldest row of its nameKey.
 */
export class NameIndex<T> {
  private readonly first = new Map<string, T>()
  private readonly folded = new Map<string, T>()
  constructor(private readonly firstKey: (name: string) => string) {}

  get(name: string): T | undefined {
    return this.first.get(this.firstKey(name)) ?? this.folded.get(nameKey(name))
  }

  /** Adds a value under its name; the first value of a name stays unless `replace`. */
  add(name: string, value: T, replace = false): void {
    for (const [map, key] of [
      [this.first, this.firstKey(name)],
      [this.folded, nameKey(name)]
    ] as const)
      if (replace || !map.has(key)) map.set(key, value)
  }
}

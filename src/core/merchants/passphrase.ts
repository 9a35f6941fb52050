import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { UserError } from '../errors'
import type { Db } from '../db/open'
import { ROLE_LABELS, type Actor } from './profiles'

// OWASP's scrypt floor (N=2^17, r=8, p=1). The parameters travel with each hash, so raising them later keeps
// old passphrases working. scrypt runs on libuv's pool, never on the thread that called it.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 }
const KEY_BYTES = 64
export const MIN_PASSPHRASE = 8

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r }
  return new Promise((done, fail) =>
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => (err ? fail(err) : done(key)))
  )
}

/** `scrypt$N$r$p$salt$key` (base64): what the store keeps instead of the passphrase. */
export async function hashPassphrase(passphrase: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(passphrase, salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function passphraseMatches(passphrase: string, stored: string): Promise<boolean> {
  const [kind, N, r, p, salt, key] = stored.split('$')
  if (kind !== 'scrypt' || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(passphrase, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

export function storedPassphrase(db: Db, profileId: number): string | null {
  const row = db.prepare('SELECT passphrase FROM profiles WHERE id = ?').get(profileId) as
    { passphrase: string | null } | undefined
  return row?.passphrase ?? null
}

/** Refuses unless `passphrase` is the profile's own; a profile without one needs none. */
export async function checkPassphrase(db: Db, profile: Actor, passphrase: string | undefined): Promise<void> {
  const stored = storedPassphrase(db, profile.id)
  if (stored === null) return
  const who = `${profile.name} (${ROLE_LABELS[profile.role]})`
  if (!passphrase) throw new UserError('passphrase_required', `enter the passphrase of ${who}`)
  if (!(await passphraseMatches(passphrase, stored)))
    throw new UserError('wrong_passphrase', `that is not the passphrase of ${who}`)
}

/** Sets or changes an admin profile's passphrase; changing one needs the current passphrase. */
export async function setPassphrase(db: Db, profile: Actor, input: { passphrase: string; current?: string }): Promise<void> {
  if (profile.role !== 'admin') throw new UserError('forbidden', 'only admin profiles have a passphrase')
  const hash = await newPassphraseHash(input.passphrase)
  await checkPassphrase(db, profile, input.current)
  storePassphraseHash(db, profile.id, hash)
}

/** Keeps `hash` as the profile's passphrase; null: the profile has none. */
export function storePassphraseHash(db: Db, profileId: number, hash: string | null): void {
  db.prepare('UPDATE profiles SET passphrase = ? WHERE id = ?').run(hash, profileId)
}

/** Removes a forgotten passphrase (the command line acts as the store's owner); false when there was none. */
export function clearPassphrase(db: Db, profileId: number): boolean {
  return db.prepare('UPDATE profiles SET passphrase = NULL WHERE id = ? AND passphrase IS NOT NULL').run(profileId).changes > 0
}

/** The hash of a new passphrase, refused when missing or shorter than MIN_PASSPHRASE. */
export async function newPassphraseHash(passphrase: string | undefined): Promise<string> {
  if (!passphrase) throw new UserError('passphrase_required', 'an admin profile needs a passphrase')
  if (passphrase.length < MIN_PASSPHRASE)
    throw new UserError('weak_passphrase', `a passphrase needs at least ${MIN_PASSPHRASE} characters`)
  return hashPassphrase(passphrase)
}

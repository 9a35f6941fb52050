import { listProfiles } from '../../core/merchants/profiles'
import { nameKey } from '../../core/shared/names'
import { UserError } from '../../core/errors'
import { clearPassphrase } from '../../core/merchants/passphrase'
import { dbOption, usageError, type Command } from '../command'
import { openStore } from '../store'
import { printable } from '../terminal'

/**
 * The way back from a forgotten admin passphrase. The command line acts as the store's owner: whoever can run it can
 * open the store's file anyway, so it asks for nothing (docs/decisions.md).
 */
export const profilesClearPassphraseCommand: Command = {
  name: 'profiles clear-passphrase',
  summary: "remove an admin profile's passphrase (when it is forgotten)",
  usage: 'Usage: kassa profiles clear-passphrase NAME [--db PATH]',
  options: { ...dbOption },
  run({ values, positionals }) {
    const name = positionals.join(' ')
    if (!name) throw usageError(profilesClearPassphraseCommand, 'no profile named')
    const ctx = openStore(values)
    try {
      const profile = listProfiles(ctx.db).find((p) => nameKey(p.name) === nameKey(name))
      if (!profile) throw new UserError('unknown_profile', `no profile named "${name}"`)
      process.stdout.write(
        clearPassphrase(ctx.db, profile.id)
          ? `${printable(profile.name)} has no passphrase now: anyone at the desktop can switch to it until one is set again.\n`
          : `${printable(profile.name)} had no passphrase.\n`
      )
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

import { listProfiles } from '../../core/merchants/profiles'
import { nameKey } from '../../core/merchants/names'
import { CliError, dbOption, type Command } from '../command'
import { openStore } from '../store'

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
    if (!name) throw new CliError(`no profile named\n\n${profilesClearPassphraseCommand.usage}`, 2)
    const ctx = openStore(values)
    try {
      const profile = listProfiles(ctx.db).find((p) => nameKey(p.name) === nameKey(name))
      if (!profile) throw new CliError(`no profile named "${name}"`, 1)
      const cleared = ctx.db
        .prepare('UPDATE profiles SET passphrase = NULL WHERE id = ? AND passphrase IS NOT NULL')
        .run(profile.id)
      process.stdout.write(
        cleared.changes
          ? `${profile.name} has no passphrase now: anyone at the desktop can switch to it until one is set again.\n`
          : `${profile.name} had no passphrase.\n`
      )
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

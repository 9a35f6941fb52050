import { parse, type Command } from './command'
import { failure } from './failure'
import { demoCommand } from './commands/demo'
import { statsCommand } from './commands/stats'
import { reportCommand } from './commands/report'
import { importCommand } from './commands/import'
import { merchantsListCommand } from './commands/merchants-list'
import { merchantsImportCommand } from './commands/merchants-import'
import { merchantsExportCommand } from './commands/merchants-export'
import { merchantsVerifyTrailCommand } from './commands/merchants-verify-trail'
import { profilesClearPassphraseCommand } from './commands/profiles-clear-passphrase'
import { printable } from './terminal'
import { backupCommand } from './commands/backup'
import { restoreCommand } from './commands/restore'
import { syncCommand } from './commands/sync'

/** Each domain registers its command here. */
const commands: Command[] = [
  demoCommand,
  statsCommand,
  reportCommand,
  importCommand,
  merchantsListCommand,
  merchantsImportCommand,
  merchantsExportCommand,
  merchantsVerifyTrailCommand,
  profilesClearPassphraseCommand,
  backupCommand,
  restoreCommand,
  syncCommand
]

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'Usage: kassa <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kassa <command> --help` for the options of one command.',
    "The store defaults to the desktop app's own (or $KASSA_DB); --db PATH picks another."
  ].join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(overview() + '\n')
    return first ? 0 : 2
  }
  // Two-word commands ("merchants list") are registered with their full name.
  const command = commands.find((c) => c.name === `${first} ${rest[0]}`) ?? commands.find((c) => c.name === first)
  if (!command) {
    process.stderr.write(`kassa: unknown command "${printable(first)}"\n\n${overview()}\n`)
    return 2
  }
  const args = command.name.includes(' ') ? rest.slice(1) : rest
  try {
    const parsed = parse(command, args)
    if (parsed.values.help) {
      process.stdout.write(command.usage + '\n')
      return 0
    }
    return await command.run(parsed)
  } catch (err) {
    return failure(command, err)
  }
}

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError } from '../core/errors'

export type Options = NonNullable<ParseArgsConfig['options']>

export interface Command {
  name: string
  summary: string
  usage: string
  options: Options
  /** Returns the exit code. Throw UserError for a user-facing failure (src/cli/failure.ts prints it). */
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }): Promise<number> | number
}

/** Wrong arguments: the message with the command's usage under it (exit code 2). */
export function usageError(command: Command, message: string): UserError {
  return new UserError('usage', `${message}\n\n${command.usage}`)
}

export const dbOption: Options = { db: { type: 'string' } }

export function parse(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
  } catch (err) {
    throw usageError(command, (err as Error).message)
  }
}

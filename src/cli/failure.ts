import { toApiError } from '../core/api/invoke'
import type { Command } from './command'
import { printableLines } from './terminal'

/**
 * Prints why a command failed, with the same message the app shows for the same error (src/core/api/invoke.ts),
 * and returns the exit code: 2 for wrong arguments or options, 1 for everything else.
 */
export function failure(command: Command, err: unknown): number {
  const { code, message } = toApiError(err, undefined, () => {})
  process.stderr.write(`kassa ${command.name}: ${printableLines(message)}\n`)
  return code === 'usage' || code === 'invalid_input' ? 2 : 1
}

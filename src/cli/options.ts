import type { z } from 'zod'
import { UserError } from '../core/errors'

type Issue = z.core.$ZodIssue

/**
 * Options checked with the route's own zod schema (src/core/routes/schemas.ts), so `kassa` and the app accept the
 * same values; a refusal names the flag (`--from "2019-02-30" is not a date as YYYY-MM-DD`), as `invalid_input`.
 * `flags` names the flag of an input key whose flag is not the key in kebab case (`methods` is `--method`).
 */
export function validOptions<S extends z.ZodType>(schema: S, input: unknown, flags: Record<string, string> = {}): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string') ?? ''
  const flag = flags[key] ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  throw new UserError('invalid_input', flagMessage(issue, `--${flag}`, valueAt(input, issue.path)))
}

function flagMessage(issue: Issue, flag: string, value: unknown): string {
  if (issue.code === 'custom') return customMessage(issue.message, flag, value)
  if (value === undefined) return `${flag} is required`
  const shown = `${flag} "${String(value)}"`
  if (issue.code === 'invalid_value')
    return `${flag} must be one of ${issue.values.map(String).join(', ')}, not "${String(value)}"`
  if (issue.code === 'invalid_type')
    return `${shown} must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`
  if (issue.code === 'too_small' && issue.origin === 'string') return `${flag} must not be empty`
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return `${shown} must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`
  return `${shown}: ${issue.message}`
}

/** A schema's own check: worded "expected a date as YYYY-MM-DD" for a value, or as a sentence (a statement needs…). */
function customMessage(message: string, flag: string, value: unknown): string {
  if (value !== undefined && message.startsWith('expected ')) return `${flag} "${String(value)}" is not ${message.slice(9)}`
  return `${flag}: ${message}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path)
    value = value === null || typeof value !== 'object' ? undefined : (value as Record<PropertyKey, unknown>)[key]
  return value
}

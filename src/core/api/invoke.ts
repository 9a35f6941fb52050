import { ZodError } from 'zod'
import type { ApiError, ApiResult, Ctx, Route } from './route'
import { knownCode, UserError } from '../errors'
import { permit, scope } from './access'
import { storeError } from '../db/store-errors'
import type { Db } from '../db/open'

/** Validates the input, checks the route's access (./access.ts), runs the handler, and turns every failure into `{code, message}`. */
export async function invokeRoute(
  table: Record<string, Route<never, unknown>>,
  ctx: Ctx,
  name: string,
  input: unknown
): Promise<ApiResult<unknown>> {
  const r = Object.hasOwn(table, name) ? (table[name] as unknown as Route<import('zod').ZodType, unknown>) : undefined
  if (!r) return { ok: false, error: { code: 'unknown_route', message: `no such route "${name}"` } }
  try {
    const actor = permit(ctx, r.access)
    const allowed = scope(ctx, r.access, actor, r.input.parse(input ?? {}))
    return { ok: true, value: await r.handler(ctx, allowed, actor) }
  } catch (err) {
    return { ok: false, error: toApiError(err, ctx.db) }
  }
}

/**
 * Any thrown value as what the user sees: the app (IPC, the test harness) and the command line (src/cli/failure.ts)
 * all go through here, so both show the same code and message. A failure that is not one of ours is logged and
 * reaches the user as `internal` with its message, never its stack; `log` gets the whole error (the app's log;
 * the command line passes none, its stderr is the user's screen). `db` lets a store that reads as damaged be
 * confirmed with quick_check before it is called corrupt.
 */
export function toApiError(err: unknown, db?: Db, log: (err: unknown) => void = console.error): ApiError {
  if (err instanceof ZodError) {
    const issue = err.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return { code: 'invalid_input', message: `${where}${issue?.message ?? 'invalid input'}` }
  }
  if (err instanceof UserError) return { code: err.code, message: err.message }
  const store = storeError(err, db)
  if (store) return { code: store.code, message: store.message }
  // A plain Error tagged with one of our codes (a module that does not import UserError).
  const code = knownCode((err as { code?: unknown } | null)?.code, 'internal')
  if (code !== 'internal') return { code, message: (err as Error).message }
  log(err)
  return { code: 'internal', message: firstLine(err instanceof Error ? err.message : String(err)) }
}

const firstLine = (text: string) => text.split('\n', 1)[0] || 'something went wrong inside Kassa'

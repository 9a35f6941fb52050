import { ZodError } from 'zod'
import type { Ctx, ApiResult, Route } from './route'
import { UserError } from '../errors'
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

/** `db` lets a store that reads as damaged be confirmed with quick_check before it is called corrupt. */
export function toApiError(err: unknown, db?: Db): { code: string; message: string } {
  if (err instanceof ZodError) {
    const issue = err.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return { code: 'invalid_input', message: `${where}${issue?.message ?? 'invalid input'}` }
  }
  if (err instanceof UserError) return { code: err.code, message: err.message }
  const store = storeError(err, db)
  if (store) return { code: store.code, message: store.message }
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && !err.code.startsWith('SQLITE')) {
    return { code: err.code, message: err.message }
  }
  console.error(err)
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) }
}

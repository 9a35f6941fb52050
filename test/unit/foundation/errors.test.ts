// One coded error type: what a failure looks like to the person using the app or the command line.
import { z } from 'zod'
import { describe, expect, it, vi } from 'vitest'
import { createContext } from '../../../src/core/context'
import { invoke } from '../../../src/core/api'
import { invokeRoute, toApiError } from '../../../src/core/api/invoke'
import { route, type Route } from '../../../src/core/api/route'
import { ERROR_CODES, knownCode, UserError } from '../../../src/core/errors'
import { errorMessage } from '../../../src/core/workers'
import { tempPath } from '../tmp'

const table = {
  'test.bug': route(z.object({}), () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'rows')")
    bug.stack = `${bug.message}\n    at handler (/work/src/core/routes/secret.ts:12:3)`
    throw bug
  }),
  'test.refused': route(z.object({}), () => {
    throw new UserError('forbidden', 'Kari Nordmann (Merchant manager) may not do that')
  })
} as unknown as Record<string, Route<never, unknown>>

describe('errors as the user sees them', () => {
  it('an unexpected failure reaches the user as internal, with its message and without its stack', async () => {
    const ctx = createContext({ dbPath: tempPath() })
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const r = await invokeRoute(table, ctx, 'test.bug', {})
      expect(r).toEqual({
        ok: false,
        error: { code: 'internal', message: "Cannot read properties of undefined (reading 'rows')" }
      })
      // The whole error, stack included, goes to the app's log only.
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ stack: expect.stringContaining('secret.ts') }))
    } finally {
      logged.mockRestore()
      ctx.db.close()
    }
  })

  it('a UserError passes with its code and message as they are', async () => {
    const ctx = createContext({ dbPath: tempPath() })
    expect(await invokeRoute(table, ctx, 'test.refused', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Kari Nordmann (Merchant manager) may not do that' }
    })
    expect(await invoke(ctx, 'analytics.transaction', { id: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/^id: /) }
    })
    ctx.db.close()
  })

  it('a plain error carries its code through only when it is one of ours', () => {
    const tagged = Object.assign(new Error('this store already holds demo data'), { code: 'demo_exists' })
    expect(toApiError(tagged)).toEqual({ code: 'demo_exists', message: 'this store already holds demo data' })
    const errno = Object.assign(new Error("ENOENT: no such file or directory, open '/nowhere'"), { code: 'ENOENT' })
    expect(toApiError(errno, undefined, () => {})).toMatchObject({ code: 'internal' })
  })

  it('a worker reports our codes as they are and anything else under the job’s own code', () => {
    expect(errorMessage(new UserError('cancelled', 'the import was cancelled'), 'import_failed')).toEqual({
      type: 'error',
      code: 'cancelled',
      message: 'the import was cancelled'
    })
    expect(errorMessage(Object.assign(new Error('disk full'), { code: 'ENOSPC' }), 'import_failed')).toMatchObject({
      code: 'import_failed',
      message: 'disk full'
    })
  })

  it('lists each code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length)
    expect(knownCode('store_busy', 'internal')).toBe('store_busy')
    expect(knownCode('SQLITE_BUSY', 'internal')).toBe('internal')
  })
})

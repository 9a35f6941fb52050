import { afterEach, expect, it, vi } from 'vitest'
import { invoke } from '../../../src/core/api'
import { tempStore } from '../import/helpers'

afterEach(() => vi.useRealTimers())

it('the idle warm-up waits for the window to say it has painted, then answers its filter states', async () => {
  vi.useFakeTimers()
  const { ctx } = tempStore()
  const asked: string[] = []
  const prepare = ctx.db.prepare.bind(ctx.db)
  ctx.db.prepare = ((sql: string) => {
    asked.push(sql)
    return prepare(sql)
  }) as typeof ctx.db.prepare
  // Only the warm-up asks for its sample merchants this way.
  const warming = () => asked.some((sql) => sql.includes('FROM merchants ORDER BY id LIMIT 2'))

  expect(await invoke(ctx, 'analytics.dashboard', { currency: 'NOK' })).toMatchObject({ ok: true })
  vi.runAllTimers()
  expect(warming()).toBe(false)

  expect(await invoke(ctx, 'analytics.warmup', { currency: 'NOK' })).toMatchObject({ ok: true })
  vi.runAllTimers()
  expect(warming()).toBe(true)
  ctx.db.close()
})

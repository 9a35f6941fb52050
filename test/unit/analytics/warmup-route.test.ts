import { afterEach, expect, it, vi } from 'vitest'
import { invoke } from '../../../src/core/api'
import { tempStore } from '../import/helpers'
import { addBatch, addMerchant, noon, setRates } from './fixture'

afterEach(() => vi.useRealTimers())

it('the idle warm-up waits for the window to say it has painted, then answers its filter states once per currency', async () => {
  vi.useFakeTimers()
  const { ctx } = tempStore()
  setRates(ctx.db, [['CNY', '2018-01-01', 1.2]])
  const oslo = addMerchant(ctx.db, 'Oslo Ur', 'NO')
  addBatch(ctx.db, [
    { merchantId: oslo.id, at: noon('2018-05-02'), amount: 120000, currency: 'NOK', method: 'alipay', origin: 'alipay' }
  ])
  const asked: string[] = []
  const prepare = ctx.db.prepare.bind(ctx.db)
  ctx.db.prepare = ((sql: string) => {
    asked.push(sql)
    return prepare(sql)
  }) as typeof ctx.db.prepare
  // Only the warm-up asks for its sample merchants this way, once per run.
  const warmups = () => asked.filter((sql) => sql.includes('FROM merchants ORDER BY id LIMIT 2')).length

  expect(await invoke(ctx, 'analytics.dashboard', { currency: 'NOK' })).toMatchObject({ ok: true })
  vi.runAllTimers()
  expect(warmups()).toBe(0)

  expect(await invoke(ctx, 'analytics.warmup', { currency: 'NOK' })).toMatchObject({ ok: true })
  vi.runAllTimers()
  expect(warmups()).toBe(1)

  // Painted again in the same currency: nothing left to warm. In another currency: the statements reading its amounts.
  await invoke(ctx, 'analytics.warmup', { currency: 'NOK' })
  expect(vi.getTimerCount()).toBe(0)
  expect(asked.some((sql) => sql.includes('a_cny'))).toBe(false)
  await invoke(ctx, 'analytics.warmup', { currency: 'CNY' })
  vi.runAllTimers()
  expect(asked.some((sql) => sql.includes('a_cny'))).toBe(true)
  ctx.db.close()
})

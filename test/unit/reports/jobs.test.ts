import { afterAll, describe, expect, it } from 'vitest'
import { stats } from '../../../src/core/analytics/stats'
import { runReportJob } from '../../../src/core/reports/jobs'
import { fixtureStore } from './fixture'

const ctx = fixtureStore()
afterAll(() => ctx.db.close())
const params = { type: 'statement' as const, merchant: 'Fjord Gaver', from: '2018-06-01', to: '2018-06-30' }

describe('report jobs', () => {
  it('build and render in a worker thread with its own connection, with the same figures', async () => {
    const steps: string[] = []
    const job = runReportJob(ctx.db, ctx.dbPath, params, 'csv', (s) => steps.push(s))
    expect(job.thread).toBe('worker')
    const { built, data } = await job.done
    expect(built.model).toMatchObject({
      segments: stats(ctx.db, { merchant: 'Fjord Gaver', from: '2018-06-01', to: '2018-06-30' }).segments
    })
    expect(data!.toString('utf8')).toContain('Total,6,10688.00')
    expect(steps).toEqual(['build', 'render'])
  })

  it('passes a clear error back from the worker', async () => {
    const job = runReportJob(ctx.db, ctx.dbPath, { ...params, merchant: 'Nope' }, null, () => {})
    await expect(job.done).rejects.toMatchObject({ code: 'unknown_merchant', message: 'no merchant named "Nope"' })
  })

  it('stops at once when cancelled', async () => {
    const job = runReportJob(ctx.db, ctx.dbPath, params, 'xlsx', () => {})
    job.cancel()
    await expect(job.done).rejects.toMatchObject({ code: 'cancelled' })
  })
})

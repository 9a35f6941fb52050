import { z } from 'zod'
import { route } from '../api/route'
import { stats } from '../analytics/stats'
import { storeCounts } from '../db/store-counts'
import { runDemoJob } from '../demo/jobs'
import { listRates } from '../fx/list'
import { listMerchants } from '../merchants/list'
import { demoInputSchema, statsFilterSchema } from './schemas'
import { getSettings, saveSettings, settingsPatchSchema, settingsQuerySchema } from '../settings'

export const foundationRoutes = {
  /**
   * What the window needs at start: is the store empty (welcome screen), and where it is. Two index seeks: counting a
   * 5M-row store's transactions (app.status) took 80–390 ms of a cold start (docs/benchmarks.md).
   */
  'app.state': route(z.object({}), (ctx) => {
    const any = (table: string) => ctx.db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table}) AS yes`).get() as { yes: number }
    return { empty: any('transaction_rows').yes === 0 && any('merchants').yes === 0, dbPath: ctx.dbPath }
  }),

  /** Is the store empty and how big is it (counts every transaction: for the command line and tests, not at start). */
  'app.status': route(z.object({}), (ctx) => {
    const { transactions, merchants } = storeCounts(ctx.db)
    return { empty: transactions === 0 && merchants === 0, transactions, merchants, dbPath: ctx.dbPath }
  }),

  'demo.load': route(demoInputSchema, { needs: 'settings.edit' }, (ctx, input) =>
    runDemoJob(ctx.db, ctx.dbPath, input, (p) => ctx.emit('demo:progress', p))
  ),

  'stats.summary': route(statsFilterSchema, { sales: 'filter' }, (ctx, input) => stats(ctx.db, input)),

  'settings.get': route(settingsQuerySchema, (ctx, input) => getSettings(ctx.db, input.system)),
  'settings.save': route(settingsPatchSchema, (ctx, input) => saveSettings(ctx.db, input)),

  'fx.list': route(z.object({}), (ctx) => listRates(ctx.db)),

  'merchants.list': route(z.object({}), (ctx) => listMerchants(ctx.db))
}

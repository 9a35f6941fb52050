import { z } from 'zod'
import { route } from '../api/route'
import { statsFilterSchema } from '../analytics/filters'
import { stats } from '../analytics/stats'
import { runDemoJob } from '../demo/jobs'
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
    const count = (sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n
    const transactions = count('SELECT COUNT(*) AS n FROM transactions')
    const merchants = count('SELECT COUNT(*) AS n FROM merchants')
    return { empty: transactions === 0 && merchants === 0, transactions, merchants, dbPath: ctx.dbPath }
  }),

  'demo.load': route(
    z.object({ transactions: z.number().int().min(1).max(10_000_000).default(100_000), seed: z.number().int().default(2018) }),
    { needs: 'settings.edit' },
    (ctx, input) => runDemoJob(ctx.db, ctx.dbPath, input, (p) => ctx.emit('demo:progress', p))
  ),

  'stats.summary': route(statsFilterSchema, { sales: 'filter' }, (ctx, input) => stats(ctx.db, input)),

  'settings.get': route(settingsQuerySchema, (ctx, input) => getSettings(ctx.db, input.system)),
  'settings.save': route(settingsPatchSchema, (ctx, input) => saveSettings(ctx.db, input)),

  'fx.list': route(z.object({}), (ctx) =>
    ctx.db
      .prepare('SELECT currency, day, nok_per_unit AS nokPerUnit, source, approximate FROM fx_rates ORDER BY day DESC, currency')
      .all()
      .map((r) => {
        const row = r as { currency: string; day: string; nokPerUnit: number; source: string; approximate: number }
        return { ...row, approximate: row.approximate === 1 }
      })
  ),

  'merchants.list': route(
    z.object({}),
    (ctx) =>
      ctx.db
        .prepare(
          `SELECT m.id, m.name, m.country, m.org_number AS orgNumber, m.stage, r.name AS rep,
                (SELECT COUNT(*) FROM stores s WHERE s.merchant_id = m.id) AS stores
           FROM merchants m LEFT JOIN reps r ON r.id = m.rep_id ORDER BY m.name COLLATE NOCASE`
        )
        .all() as {
        id: number
        name: string
        country: string
        orgNumber: string | null
        stage: string
        rep: string | null
        stores: number
      }[]
  )
}

import { z } from 'zod'
import { route } from '../api/route'
import { statsFilterSchema } from '../analytics/filters'
import { stats } from '../analytics/stats'
import { runDemoJob } from '../demo/jobs'
import { getSettings, saveSettings, settingsPatchSchema } from '../settings'

export const foundationRoutes = {
  /** Is the store empty (welcome screen) and how big is it. */
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

  'settings.get': route(z.object({}), (ctx) => getSettings(ctx.db)),
  'settings.save': route(settingsPatchSchema, { needs: 'settings.edit' }, (ctx, input) => saveSettings(ctx.db, input)),

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

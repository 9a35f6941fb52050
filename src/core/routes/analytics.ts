import { z } from 'zod'
import { route } from '../api/route'
import { UserError } from '../errors'
import { breakdown } from '../analytics/breakdowns'
import { dashboard } from '../analytics/dashboard'
import { dashboardFilterSchema, resolveDashboardFilter } from '../analytics/dashboard-filter'
import { transactionDetails, transactionQuerySchema, transactionsPage } from '../analytics/transactions'
import { deleteView, listViews, saveView, ViewError } from '../analytics/views'
import { importRatesFile, RatesFileError, setManualRate } from '../fx/import'
import { CURRENCIES } from '../money/currency'

/** Turns core's own errors into messages the renderer shows as they are. */
function user<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof ViewError) throw new UserError(err.code, err.message)
    if (err instanceof RatesFileError) throw new UserError(err.code, err.message)
    const code = (err as { code?: string }).code
    if (code === 'bad_range') throw new UserError(code, (err as Error).message)
    throw err
  }
}

export const analyticsRoutes = {
  /** Every number of the dashboard screen for one filter state (KPIs, comparisons, breakdowns, charts). */
  'analytics.dashboard': route(dashboardFilterSchema, { sales: 'filter' }, (ctx, input) => user(() => dashboard(ctx.db, input))),

  'analytics.breakdown': route(
    dashboardFilterSchema.extend({ by: z.enum(['country', 'merchant', 'store', 'month', 'week', 'day']) }),
    { sales: 'filter' },
    (ctx, input) =>
      user(() => {
        const f = resolveDashboardFilter(ctx.db, input)
        return { currency: f.currency, range: f.range, rows: breakdown(ctx.db, f.cube, f.currency, input.by) }
      })
  ),

  /** Keyset pages of raw transactions for the drill-down table. */
  'analytics.transactions': route(transactionQuerySchema, { sales: 'filter' }, (ctx, input) =>
    user(() => transactionsPage(ctx.db, input))
  ),

  'analytics.transaction': route(z.object({ id: z.number().int() }), { sales: 'transaction' }, (ctx, input) => {
    const details = transactionDetails(ctx.db, input.id)
    if (!details) throw new UserError('transaction_not_found', `there is no transaction ${input.id}`)
    return details
  }),

  'analytics.views.list': route(z.object({}), (ctx) => listViews(ctx.db)),
  'analytics.views.save': route(z.object({ name: z.string().max(100), filters: dashboardFilterSchema }), (ctx, input) =>
    user(() => saveView(ctx.db, input.name, input.filters))
  ),
  'analytics.views.delete': route(z.object({ id: z.number().int() }), (ctx, input) => user(() => deleteView(ctx.db, input.id))),

  /** Asks for a Norges Bank or ECB rates file and imports it; null when the dialog was cancelled. */
  'fx.import': route(z.object({}), { needs: 'settings.edit' }, async (ctx) => {
    const [path] = await ctx.host.pickFiles({
      title: 'Import exchange rates (Norges Bank or ECB CSV)',
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }]
    })
    if (!path) return null
    // RatesFileError carries its own code (bad_rates_file), which the route table passes on.
    return await importRatesFile(ctx.db, path)
  }),

  'fx.setRate': route(
    z.object({
      currency: z.enum(CURRENCIES),
      day: z.string(),
      nokPerUnit: z.number()
    }),
    { needs: 'settings.edit' },
    (ctx, input) => user(() => setManualRate(ctx.db, input.currency, input.day, input.nokPerUnit))
  )
}

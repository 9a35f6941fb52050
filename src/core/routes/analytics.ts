import { z } from 'zod'
import { route } from '../api/route'
import { UserError } from '../errors'
import { dashboard } from '../analytics/dashboard'
import { dashboardFilterSchema } from '../analytics/dashboard-filter'
import { scheduleDashboardWarmup } from '../analytics/dashboard-warmup'
import { transactionDetails, transactionQuerySchema, transactionsPage } from '../analytics/transactions'
import { deleteView, listViews, saveView } from '../analytics/views'
import { CURRENCIES } from '../money/currency'

export const analyticsRoutes = {
  /** Every number of the dashboard screen for one filter state (KPIs, comparisons, breakdowns, charts). */
  'analytics.dashboard': route(dashboardFilterSchema, { sales: 'filter' }, (ctx, input) => dashboard(ctx.db, input)),

  /**
   * Sent by the window once it has painted a dashboard: starts, once per store and currency, the idle warm-up that
   * makes the next filter states' first answers cheaper. Its answers are discarded, so it reads no sales on anyone's
   * behalf.
   */
  'analytics.warmup': route(z.object({ currency: z.enum(CURRENCIES).optional() }), (ctx, input) => {
    scheduleDashboardWarmup(ctx.db, input)
    return null
  }),

  /** Keyset pages of raw transactions for the drill-down table. */
  'analytics.transactions': route(transactionQuerySchema, { sales: 'filter' }, (ctx, input) => transactionsPage(ctx.db, input)),

  'analytics.transaction': route(z.object({ id: z.number().int() }), { sales: 'transaction' }, (ctx, input) => {
    const details = transactionDetails(ctx.db, input.id)
    if (!details) throw new UserError('transaction_not_found', `there is no transaction ${input.id}`)
    return details
  }),

  'analytics.views.list': route(z.object({}), (ctx) => listViews(ctx.db)),
  'analytics.views.save': route(z.object({ name: z.string().max(100), filters: dashboardFilterSchema }), (ctx, input) =>
    saveView(ctx.db, input.name, input.filters)
  ),
  'analytics.views.delete': route(z.object({ id: z.number().int() }), (ctx, input) => deleteView(ctx.db, input.id)),

  /** Asks for a Norges Bank or ECB rates file and imports it; null when the dialog was cancelled. */
  'fx.import': route(z.object({}), { needs: 'settings.edit' }, async (ctx) => {
    const [path] = await ctx.host.pickFiles({
      title: 'Import exchange rates (Norges Bank or ECB CSV)',
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }]
    })
    if (!path) return null
    const { importRatesFile } = await import('../fx/import')
    return await importRatesFile(ctx.db, path)
  }),

  'fx.setRate': route(
    z.object({
      currency: z.enum(CURRENCIES),
      day: z.string(),
      nokPerUnit: z.number()
    }),
    { needs: 'settings.edit' },
    // The rates module (and its CSV parser) loads when first used, not with the app.
    async (ctx, input) => (await import('../fx/import')).setManualRate(ctx.db, input.currency, input.day, input.nokPerUnit)
  )
}

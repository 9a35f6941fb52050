import { z } from 'zod'
import { route, UserError, type Ctx } from '../api/route'
import { EXTENSIONS, buildDocument, type BuiltReport } from '../reports/render'
import { contents } from '../reports/export'
import { REPORT_FORMATS, reportParamsSchema } from '../reports/params'
import { writeAtomic } from '../reports/write'

// Building a report is a handful of aggregate queries over daily_rollup (milliseconds even for
// millions of transactions); rendering and printing are the slow parts. Each step yields to the
// event loop and reports 'report:progress', and a job can be cancelled between steps.
const cancelled = new Set<string>()
/** Only files this session saved may be opened from the renderer. */
const saved = new Set<string>()
const jobInput = z.object({ job: z.string().min(1).max(64).optional() })
const paramsInput = z.object({ params: reportParamsSchema }).extend(jobInput.shape)

type Step = 'build' | 'render' | 'pick' | 'write' | 'done'
const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

async function step(ctx: Ctx, job: string | undefined, name: Step, index: number, total: number): Promise<void> {
  ctx.emit('report:progress', { job: job ?? null, step: name, done: index, total })
  await tick()
  if (job && cancelled.delete(job)) throw new UserError('cancelled', 'the report was cancelled')
}

async function build(
  ctx: Ctx,
  job: string | undefined,
  params: z.output<typeof reportParamsSchema>,
  total: number
): Promise<BuiltReport> {
  await step(ctx, job, 'build', 0, total)
  return buildDocument(ctx.db, params)
}

export const reportRoutes = {
  /** What the Reports screen offers: merchants, reps and the span of days with sales. */
  'reports.options': route(z.object({}), (ctx) => {
    const span = ctx.db.prepare('SELECT MIN(day) AS first, MAX(day) AS last FROM daily_rollup').get() as {
      first: string | null
      last: string | null
    }
    return {
      types: ['statement', 'portfolio', 'pipeline', 'tourism'] as const,
      formats: REPORT_FORMATS,
      merchants: ctx.db.prepare('SELECT DISTINCT name, country FROM merchants ORDER BY name COLLATE NOCASE, country').all() as {
        name: string
        country: string
      }[],
      reps: (ctx.db.prepare('SELECT name FROM reps ORDER BY name COLLATE NOCASE').all() as { name: string }[]).map((r) => r.name),
      span
    }
  }),

  /** The report as data (model + laid-out document) and as the self-contained HTML shown in the preview. */
  'reports.preview': route(paramsInput, async (ctx, input) => {
    const built = await build(ctx, input.job, input.params, 2)
    await step(ctx, input.job, 'done', 2, 2)
    return { model: built.model, doc: built.doc, html: built.html }
  }),

  /** Asks where to save (native dialog), then writes the chosen format whole or not at all. */
  'reports.save': route(paramsInput.extend({ format: z.enum(REPORT_FORMATS) }), async (ctx, input) => {
    const built = await build(ctx, input.job, input.params, 4)
    const path = await ctx.host.pickSavePath({
      title: built.doc.title,
      defaultName: `${built.doc.slug}.${EXTENSIONS[input.format]}`
    })
    if (!path) return { saved: false as const }
    await step(ctx, input.job, 'render', 1, 4)
    const data = await contents(built, input.format)
    await step(ctx, input.job, 'write', 3, 4)
    writeAtomic(path, data)
    saved.add(path)
    await step(ctx, input.job, 'done', 4, 4)
    return { saved: true as const, path, bytes: data.length }
  }),

  'reports.cancel': route(z.object({ job: z.string().min(1).max(64) }), (_ctx, input) => {
    cancelled.add(input.job)
    return { cancelled: true }
  }),

  /** Opens a saved report in the system's viewer. */
  'reports.open': route(z.object({ path: z.string().min(1) }), async (ctx, input) => {
    if (!saved.has(input.path)) throw new UserError('not_saved', 'only a report saved in this session can be opened from here')
    await ctx.host.openPath(input.path)
    return { opened: true }
  })
}

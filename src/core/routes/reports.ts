import { z } from 'zod'
import { route, type Ctx } from '../api/route'
import { UserError } from '../errors'
import { reportSlug } from '../reports/doc'
import { translator, type MessageKey } from '../reports/i18n'
import { runReportJob, type ReportJob } from '../reports/jobs'
import { printPdf } from '../reports/pdf'
import { EXTENSIONS } from '../reports/render'
import { reportOptions } from '../reports/options'
import type { ReportFormat, reportParamsSchema } from '../reports/params'
import { writeAtomic } from '../shared/atomic-write'
import { reportInputSchema, reportSaveSchema } from './schemas'

// Building and rendering run in a worker thread with its own connection (reports/jobs.ts); the host
// only prints PDFs and writes the file. Each step is reported as 'report:progress', and
// `reports.cancel` stops a job at once.
const running = new Map<string, ReportJob>()
const cancelledEarly = new Set<string>()
/** Only files this session saved may be opened from the renderer. */
const saved = new Set<string>()

type Step = 'build' | 'render' | 'pick' | 'write' | 'done'
const STEPS: Step[] = ['build', 'render', 'write', 'done']

function progress(ctx: Ctx, job: string | undefined, step: Step, total: number): void {
  ctx.emit('report:progress', { job: job ?? null, step, done: Math.min(STEPS.indexOf(step), total), total })
}

async function run(
  ctx: Ctx,
  jobId: string | undefined,
  params: z.output<typeof reportParamsSchema>,
  format: ReportFormat | null,
  total: number
) {
  if (jobId && cancelledEarly.delete(jobId)) throw new UserError('cancelled', 'the report was cancelled')
  const job = runReportJob(ctx.db, ctx.dbPath, params, format, (step) => progress(ctx, jobId, step, total))
  if (jobId) running.set(jobId, job)
  try {
    return await job.done
  } finally {
    if (jobId) running.delete(jobId)
  }
}

export const reportRoutes = {
  /** What the Reports screen offers: merchants, reps and the span of days with sales. */
  'reports.options': route(z.object({}), (ctx, _input, actor) => reportOptions(ctx.db, actor)),

  /** The report as data (model + laid-out document) and as the self-contained HTML shown in the preview. */
  'reports.preview': route(reportInputSchema, { sales: 'report' }, async (ctx, input) => {
    const { built } = await run(ctx, input.job, input.params, null, 1)
    progress(ctx, input.job, 'done', 1)
    return { model: built.model, doc: built.doc, html: built.html }
  }),

  /** Asks where to save (native dialog), then builds and writes the chosen format whole or not at all. */
  'reports.save': route(reportSaveSchema, { sales: 'report' }, async (ctx, input) => {
    const p = input.params
    const scope = { merchant: p.merchant, country: p.country, rep: p.rep }
    const path = await ctx.host.pickSavePath({
      title: translator(p.locale)(`title.${p.type}` as MessageKey),
      defaultName: `${reportSlug(p.type, scope, p.from, p.to)}.${EXTENSIONS[input.format]}`
    })
    if (!path) return { saved: false as const }
    const { built, data } = await run(ctx, input.job, p, input.format, 3)
    let bytes = data
    if (input.format === 'pdf') {
      progress(ctx, input.job, 'render', 3)
      bytes = await printPdf(built.html)
    }
    progress(ctx, input.job, 'write', 3)
    writeAtomic(path, bytes!)
    saved.add(path)
    progress(ctx, input.job, 'done', 3)
    return { saved: true as const, path, bytes: bytes!.length }
  }),

  'reports.cancel': route(z.object({ job: z.string().min(1).max(64) }), (_ctx, input) => {
    const job = running.get(input.job)
    if (job) job.cancel()
    else cancelledEarly.add(input.job)
    return { cancelled: true }
  }),

  /** Opens a saved report in the system's viewer. */
  'reports.open': route(z.object({ path: z.string().min(1) }), async (ctx, input) => {
    if (!saved.has(input.path)) throw new UserError('not_saved', 'only a report saved in this session can be opened from here')
    await ctx.host.openPath(input.path)
    return { opened: true }
  })
}

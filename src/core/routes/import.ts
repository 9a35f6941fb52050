import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { allow, mustBePicked } from '../api/picked-files'
import { route } from '../api/route'
import { UserError } from '../errors'
import { listBatches, listRejects, rejectsFile } from '../import/batches'
import { setBatchOwner } from '../import/batch-owner'
import { cancelJob, runImportJob, runUndoJob } from '../import/jobs'
import { previewFile } from '../import/preview'
import { analyse } from '../import/analyse'
import { columnsOf, deleteProfile, exportProfiles, importProfiles, listProfiles, saveProfile } from '../import/profiles'
import { headerSignature } from '../import/vocab/headers'
import { writeAtomic } from '../shared/atomic-write'
import { importChoicesSchema } from './schemas'

const fileInput = importChoicesSchema.extend({ path: z.string().min(1) })

const HOW_TO_PICK = 'choose the file with “Choose files…” or drop it here first'
const allowed = (ctx: object, path: string) => mustBePicked(ctx, path, HOW_TO_PICK)

export const importRoutes = {
  /** Native open dialog for one or more transaction files. */
  'import.pick': route(z.object({}), { needs: 'imports.run' }, async (ctx) => {
    const paths = await ctx.host.pickFiles({
      title: 'Import transactions',
      multiple: true,
      filters: [
        { name: 'Transaction files', extensions: ['csv', 'txt', 'tsv', 'sdv'] },
        { name: 'All files', extensions: ['*'] }
      ]
    })
    return paths.map((path) => allow(ctx, path))
  }),

  /** The files the user just dropped on the window (main holds their paths); previewable like picked ones. */
  'import.dropped': route(z.object({}), { needs: 'imports.run' }, (ctx) =>
    (ctx.host.takeDroppedFiles?.() ?? []).map((path) => allow(ctx, path))
  ),

  /** First rows as they will be stored, detected choices and duplicate status; writes nothing. */
  'import.preview': route(
    fileInput.extend({ limit: z.number().int().min(1).max(500).default(50) }),
    { needs: 'imports.run' },
    (ctx, input) => {
      const { path, limit, ...options } = input
      return previewFile(ctx.db, allowed(ctx, path), options, limit)
    }
  ),

  /**
   * Imports one file in a worker thread (own connection), streaming `import:progress`
   * {jobId, batchId, rows, bytes, total}; resolves with the batch's counts and rejects.
   */
  'import.commit': route(
    fileInput.extend({
      jobId: z.string().min(1).max(100).optional(),
      includeDuplicates: z.array(z.number().int()).default([]),
      saveProfileAs: z.string().trim().min(1).max(100).optional()
    }),
    { needs: 'imports.run' },
    async (ctx, input, actor) => {
      const { jobId, saveProfileAs, ...options } = input
      const path = allowed(ctx, input.path)
      if (saveProfileAs && options.mapping) {
        const header = analyse(path, { ...options, format: options.format ?? 'csv' }).header
        saveProfile(ctx.db, {
          name: saveProfileAs,
          signature: headerSignature(header),
          format: options.format ?? 'csv',
          delimiter: options.delimiter,
          decimal: options.decimal,
          dateOrder: options.dateOrder,
          columns: columnsOf(options.mapping, header)
        })
      }
      const job = runImportJob(ctx.db, ctx.dbPath, path, options, (p) => ctx.emit('import:progress', p), jobId)
      const result = await job.done
      if (result.batchId !== null) setBatchOwner(ctx.db, result.batchId, actor.id)
      return result
    }
  ),

  'import.cancel': route(z.object({ jobId: z.string() }), { needs: 'imports.run' }, (_ctx, input) => ({
    cancelled: cancelJob(input.jobId)
  })),

  'import.history': route(z.object({}), (ctx) => listBatches(ctx.db)),

  'import.undo': route(z.object({ batchId: z.number().int() }), { needs: 'imports.run', ownBatch: true }, (ctx, input, actor) =>
    runUndoJob(ctx.db, ctx.dbPath, input.batchId, { id: actor.id, name: actor.name })
  ),

  'import.rejects': route(
    z.object({
      batchId: z.number().int(),
      afterLine: z.number().int().default(0),
      limit: z.number().int().min(1).max(5000).default(500)
    }),
    { needs: 'imports.run' },
    (ctx, input) => listRejects(ctx.db, input.batchId, input.limit, input.afterLine)
  ),

  /** Saves the batch's rejected lines, in the file's own layout plus a reason column, where the user chooses. */
  'import.exportRejects': route(z.object({ batchId: z.number().int() }), { needs: 'imports.run' }, async (ctx, input) => {
    const batch = listBatches(ctx.db).find((b) => b.id === input.batchId)
    if (!batch) throw new UserError('not_found', `import #${input.batchId} does not exist`)
    const target = await ctx.host.pickSavePath({ title: 'Export rejected lines', defaultName: `${batch.fileName}.rejects.csv` })
    if (!target) return { path: null }
    writeAtomic(target, rejectsFile(ctx.db, input.batchId))
    return { path: target }
  }),

  'import.profiles.list': route(z.object({}), (ctx) => listProfiles(ctx.db)),

  /** Saves the mapping of a picked file under a name, for later files with the same header. */
  'import.profiles.save': route(
    importChoicesSchema.extend({ path: z.string().min(1), name: z.string().trim().min(1).max(100) }),
    { needs: 'imports.run' },
    (ctx, input) => {
      const { path, name, ...options } = input
      const analysis = analyse(allowed(ctx, path), { ...options, format: options.format ?? 'csv' })
      const mapping = options.mapping ?? analysis.choices.mapping
      saveProfile(ctx.db, {
        name,
        signature: headerSignature(analysis.header),
        format: analysis.choices.format,
        delimiter: analysis.choices.delimiter,
        decimal: analysis.choices.decimal,
        dateOrder: analysis.choices.dateOrder,
        columns: columnsOf(mapping, analysis.header)
      })
      return listProfiles(ctx.db)
    }
  ),

  'import.profiles.delete': route(z.object({ name: z.string() }), { needs: 'imports.run' }, (ctx, input) => {
    deleteProfile(ctx.db, input.name)
    return listProfiles(ctx.db)
  }),

  'import.profiles.export': route(z.object({}), async (ctx) => {
    const target = await ctx.host.pickSavePath({ title: 'Export import profiles', defaultName: 'kassa-import-profiles.json' })
    if (!target) return { path: null }
    writeAtomic(target, exportProfiles(ctx.db))
    return { path: target }
  }),

  'import.profiles.import': route(z.object({}), { needs: 'imports.run' }, async (ctx) => {
    const [file] = await ctx.host.pickFiles({ title: 'Import profiles', filters: [{ name: 'JSON', extensions: ['json'] }] })
    if (!file) return { imported: 0 }
    try {
      return { imported: importProfiles(ctx.db, readFileSync(file, 'utf8')) }
    } catch (err) {
      throw new UserError('invalid_profiles', (err as Error).message)
    }
  })
}

import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { route } from '../api/route'
import { UserError } from '../errors'
import { listBatches, listRejects, rejectsFile } from '../import/batches'
import { FORMATS } from '../import/formats/types'
import { cancelJob, JobError, runImportJob, runUndoJob } from '../import/jobs'
import { previewFile } from '../import/preview'
import { analyse } from '../import/analyse'
import { columnsOf, deleteProfile, exportProfiles, importProfiles, listProfiles, saveProfile } from '../import/profiles'
import { FileError } from '../import/source'
import { DELIMITERS } from '../import/text/delimiter'
import { ENCODINGS } from '../import/text/encoding'
import { FIELDS, headerSignature } from '../import/vocab/headers'
import { writeAtomic } from '../reports/write'

const choicesSchema = z.object({
  format: z.enum(FORMATS).optional(),
  encoding: z.enum(ENCODINGS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
  decimal: z.enum(['comma', 'point']).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  mapping: z.partialRecord(z.enum(FIELDS), z.number().int().min(0)).optional(),
  merchantId: z.number().int().optional(),
  merchant: z.string().trim().min(1).optional(),
  profile: z.string().optional(),
  acceptDefaults: z.boolean().optional()
})

const fileInput = choicesSchema.extend({ path: z.string().min(1) })

// Paths the user picked in the native dialog or dropped on the window, per context: the renderer can
// only name those, so a compromised page cannot make core read arbitrary files (the security
// baseline's "paths only through native dialogs"; drops come from main, see docs/decisions.md).
const picked = new WeakMap<object, Set<string>>()

function allow(ctx: object, paths: string[]): string[] {
  let set = picked.get(ctx)
  if (!set) picked.set(ctx, (set = new Set()))
  for (const p of paths) set.add(p)
  return paths
}

function allowed(ctx: object, path: string): string {
  if (!picked.get(ctx)?.has(path)) throw new UserError('not_picked', 'choose the file with “Choose files…” or drop it here first')
  return path
}

/** File-level problems (unreadable, not text, no format) reach the screen as UserErrors. */
function userErrors<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof FileError) throw new UserError(err.code, err.message)
    throw err
  }
}

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
    return allow(ctx, paths)
  }),

  /** The files the user just dropped on the window (main holds their paths); previewable like picked ones. */
  'import.dropped': route(z.object({}), { needs: 'imports.run' }, (ctx) => allow(ctx, ctx.host.takeDroppedFiles?.() ?? [])),

  /** First rows as they will be stored, detected choices and duplicate status; writes nothing. */
  'import.preview': route(
    fileInput.extend({ limit: z.number().int().min(1).max(500).default(50) }),
    { needs: 'imports.run' },
    (ctx, input) => {
      const { path, limit, ...options } = input
      return userErrors(() => previewFile(ctx.db, allowed(ctx, path), options, limit))
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
        const header = userErrors(() => analyse(path, { ...options, format: options.format ?? 'csv' })).header
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
      try {
        const result = await job.done
        ctx.db.prepare('UPDATE import_batches SET profile_id = ? WHERE id = ?').run(actor.id, result.batchId)
        return result
      } catch (err) {
        if (err instanceof JobError) throw new UserError(err.code, err.message)
        throw err
      }
    }
  ),

  'import.cancel': route(z.object({ jobId: z.string() }), { needs: 'imports.run' }, (_ctx, input) => ({
    cancelled: cancelJob(input.jobId)
  })),

  'import.history': route(z.object({}), (ctx) => listBatches(ctx.db)),

  'import.undo': route(z.object({ batchId: z.number().int() }), { needs: 'imports.run', ownBatch: true }, async (ctx, input) => {
    try {
      return await runUndoJob(ctx.db, ctx.dbPath, input.batchId)
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'not_found' || code === 'already_undone') throw new UserError(code, (err as Error).message)
      if (err instanceof JobError) throw new UserError(err.code, err.message)
      throw err
    }
  }),

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
    choicesSchema.extend({ path: z.string().min(1), name: z.string().trim().min(1).max(100) }),
    { needs: 'imports.run' },
    (ctx, input) => {
      const { path, name, ...options } = input
      const analysis = userErrors(() => analyse(allowed(ctx, path), { ...options, format: options.format ?? 'csv' }))
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

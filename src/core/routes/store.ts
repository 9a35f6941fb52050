import { z } from 'zod'
import { route, type Ctx } from '../api/route'
import { swapInRestore } from '../db/backup'
import { runBackupJob, runStageRestoreJob } from '../backup/jobs'
import { openDb } from '../db/open'
import { ensureReferenceRates } from '../fx/rates'

const STORE_FILES = [
  { name: 'Kassa store', extensions: ['sqlite', 'db'] },
  { name: 'All files', extensions: ['*'] }
]

/** Reopens the store if a restore closed it, whether or not the restore got through. */
function reopen(ctx: Ctx): void {
  if (ctx.db.open) return
  ctx.db = openDb(ctx.dbPath)
  ensureReferenceRates(ctx.db)
}

/**
 * "Back up store…" and "Restore…" in Settings; the file is always chosen in a native dialog, and
 * the copying and checking run in a worker.
 */
export const storeRoutes = {
  /** null when the dialog was cancelled. */
  // A backup holds every shop's sales and a restore replaces everything: the admin's, like settings.
  'store.backup': route(z.object({}), { needs: 'settings.edit' }, async (ctx) => {
    const today = new Date().toISOString().slice(0, 10)
    const path = await ctx.host.pickSavePath({ title: 'Back up store', defaultName: `kassa-backup-${today}.sqlite` })
    return path ? runBackupJob(ctx.db, ctx.dbPath, path) : null
  }),

  /** Replaces the open store with a checked backup; null when the dialog was cancelled. */
  'store.restore': route(z.object({}), { needs: 'settings.edit' }, async (ctx) => {
    const [file] = await ctx.host.pickFiles({ title: 'Restore store from a backup', filters: STORE_FILES, multiple: false })
    if (!file) return null
    const staged = await runStageRestoreJob(ctx.dbPath, file)
    try {
      return { file, ...staged.info, kept: swapInRestore(ctx.dbPath, staged.path, () => ctx.db.close()) }
    } finally {
      reopen(ctx)
    }
  })
}

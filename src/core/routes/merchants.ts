import { z } from 'zod'
import { route } from '../api/route'
import { UserError } from '../errors'
import { countrySchema, merchantExportSchema, merchantImportSchema } from './schemas'
import { listCountries, setAlipayLiveDate } from '../merchants/countries'
import { attachDocument, documentPathToOpen } from '../merchants/documents'
import { pipelineBreakdown, pipelineMetrics } from '../merchants/metrics'
import { merchantPage } from '../analytics/merchant-page'
import { moveStage, setChecklistItem } from '../merchants/pipeline'
import {
  activeProfile,
  can,
  createProfile,
  listProfiles,
  profileInputSchema,
  ROLE_LABELS,
  switchProfile
} from '../merchants/profiles'
import { checkMerchantFields, merchantFieldsSchema } from '../merchants/record'
import { createMerchant, updateMerchant } from '../merchants/service'
import { STAGES, STAGE_LABELS, CHECKLISTS, MAIN_STAGES, SIDE_STAGES } from '../merchants/stages'
import { merchantTable } from '../merchants/table'
import { importMerchantFile } from '../merchants/csv-import'
import { exportMerchantsCsv } from '../merchants/csv-export'
import { addStore, addTerminal } from '../merchants/terminals'
import { adoptUntrackedMerchants } from '../merchants/adopt'
import type { Ctx } from '../api/route'
import { isLocked, unlock } from '../api/access'
import { checkPassphrase, newPassphraseHash, setPassphrase, storedPassphrase, storePassphraseHash } from '../merchants/passphrase'
import { listReps } from '../merchants/list'
import { allow, mustBePicked } from '../api/picked-files'

const id = z.number().int().positive()

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')

/** Merchants an import or the demo created join the trail before onboarding reads or moves them. */
function adopted(ctx: Ctx): Ctx {
  adoptUntrackedMerchants(ctx.db)
  return ctx
}

/** Onboarding routes (issue 5). `merchants.list` stays the foundation's; the richer table is `merchants.table`. */
export const merchantRoutes = {
  /** Stage names, labels and checklist templates, so the renderer holds no copy of the rules. */
  'merchants.pipelineInfo': route(z.object({}), () => ({
    stages: STAGES.map((s) => ({ stage: s, label: STAGE_LABELS[s], side: (SIDE_STAGES as readonly string[]).includes(s) })),
    mainStages: [...MAIN_STAGES],
    checklists: CHECKLISTS
  })),

  'merchants.table': route(
    z.object({
      country: countrySchema.optional(),
      stage: z.enum(STAGES).optional(),
      repId: id.optional(),
      minDaysInStage: z.number().int().min(0).optional(),
      staleOnly: z.boolean().optional(),
      staleDays: z.number().int().min(1).max(3650).optional(),
      search: z.string().max(200).optional()
    }),
    (ctx, input) => merchantTable(adopted(ctx).db, input)
  ),

  'merchants.reps': route(z.object({}), (ctx) => listReps(ctx.db)),

  /** Field-by-field check without saving, for inline errors while typing. */
  'merchants.check': route(merchantFieldsSchema, (_ctx, input) => checkMerchantFields(input).errors),

  'merchants.create': route(merchantFieldsSchema, { needs: 'merchants.edit' }, (ctx, input) =>
    createMerchant(ctx.db, activeProfile(ctx.db), input)
  ),

  'merchants.update': route(
    z.object({ id, patch: merchantFieldsSchema.partial(), note: z.string().max(500).nullable().optional() }),
    { needs: 'merchants.edit' },
    (ctx, input) => updateMerchant(ctx.db, activeProfile(ctx.db), input.id, input.patch, input.note ?? null)
  ),

  'merchants.page': route(z.object({ id }), (ctx, input) =>
    merchantPage(adopted(ctx).db, ctx.dataDir, activeProfile(ctx.db), input.id)
  ),

  'merchants.move': route(
    z.object({ id, stage: z.enum(STAGES), reason: z.string().max(500).nullable().optional() }),
    { needs: 'merchants.edit' },
    (ctx, input) => moveStage(adopted(ctx).db, activeProfile(ctx.db), input.id, input.stage, input.reason ?? null)
  ),

  'merchants.checklist.set': route(
    z.object({ id, item: z.string().min(1), done: z.boolean(), note: z.string().max(500).nullable().optional() }),
    { needs: 'merchants.edit' },
    (ctx, input) => setChecklistItem(adopted(ctx).db, activeProfile(ctx.db), input.id, input.item, input.done, input.note ?? null)
  ),

  /** The file is chosen in the native dialog (never a path from the renderer), then copied and hashed. */
  'merchants.documents.attach': route(
    z.object({ id, item: z.string().min(1).nullable() }),
    { needs: 'merchants.edit' },
    async (ctx, input) => {
      const actor = activeProfile(ctx.db)
      const files = await ctx.host.pickFiles({ title: 'Attach a document', multiple: true })
      const attached = []
      for (const file of files) attached.push(await attachDocument(ctx.db, ctx.dataDir, actor, input.id, file, input.item))
      return attached
    }
  ),

  'merchants.documents.open': route(z.object({ documentId: id }), async (ctx, input) => {
    await ctx.host.openPath(await documentPathToOpen(ctx.db, ctx.dataDir, input.documentId))
    return { opened: true }
  }),

  'merchants.stores.add': route(
    z.object({ id, name: z.string().max(200), city: z.string().max(100).nullable().optional() }),
    { needs: 'merchants.edit' },
    (ctx, input) => ({
      storeId: addStore(ctx.db, activeProfile(ctx.db), input.id, input)
    })
  ),

  'merchants.terminals.add': route(
    z.object({
      id,
      kind: z.enum(['terminal', 'qr']),
      serial: z.string().max(60),
      storeId: id.nullable().optional(),
      installedOn: day.nullable().optional()
    }),
    { needs: 'merchants.edit' },
    (ctx, input) => ({ terminalId: addTerminal(ctx.db, activeProfile(ctx.db), input.id, input) })
  ),

  'merchants.metrics': route(
    z.object({
      country: countrySchema.optional(),
      repId: id.optional(),
      staleDays: z.number().int().min(1).max(3650).optional()
    }),
    (ctx, input) => pipelineMetrics(adopted(ctx).db, input)
  ),

  'merchants.breakdown': route(
    z.object({ by: z.enum(['country', 'rep']), staleDays: z.number().int().min(1).max(3650).optional() }),
    (ctx, input) => pipelineBreakdown(adopted(ctx).db, input.by, input.staleDays)
  ),

  /** Picks a merchant list in the native dialog and previews it (nothing is written). */
  'merchants.import.pick': route(z.object({}), { needs: 'merchants.edit' }, async (ctx) => {
    const files = await ctx.host.pickFiles({ title: 'Import merchants', filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] })
    if (files.length) allow(ctx, files[0])
    return files.length
      ? { path: files[0], preview: importMerchantFile(ctx.db, activeProfile(ctx.db), files[0], { commit: false }) }
      : null
  }),

  /** Commits a file the user previewed; the path came from merchants.import.pick's native dialog. */
  'merchants.import.commit': route(merchantImportSchema, { needs: 'merchants.edit' }, (ctx, input) => {
    const path = mustBePicked(ctx, input.path, 'choose the file again in the import dialog')
    return importMerchantFile(ctx.db, activeProfile(ctx.db), path, { commit: true, country: input.country })
  }),

  'merchants.export': route(merchantExportSchema, async (ctx, input) => {
    const path = await ctx.host.pickSavePath({ title: 'Export merchants', defaultName: 'merchants.csv' })
    return path ? exportMerchantsCsv(ctx.db, path, input) : null
  }),

  'countries.list': route(z.object({}), (ctx) => listCountries(ctx.db)),

  /** Null clears the date (the country is then not live). */
  'countries.setLiveDate': route(
    z.object({ country: countrySchema, date: day.nullable() }),
    { needs: 'settings.edit' },
    (ctx, input) => setAlipayLiveDate(ctx.db, activeProfile(ctx.db), input.country, input.date)
  ),

  'profiles.list': route(z.object({}), (ctx, _input, active) => {
    // An admin whose passphrase was not entered in this session reads but changes nothing.
    const locked = isLocked(ctx, active)
    return {
      active: {
        ...active,
        roleLabel: ROLE_LABELS[active.role],
        canEdit: !locked && can(active, 'merchants.edit'),
        canImport: !locked && can(active, 'imports.run'),
        canSettings: !locked && can(active, 'settings.edit'),
        locked
      },
      profiles: listProfiles(ctx.db).map((p) => ({
        ...p,
        roleLabel: ROLE_LABELS[p.role],
        hasPassphrase: storedPassphrase(ctx.db, p.id) !== null
      }))
    }
  }),
  /** A new admin profile is given its passphrase as it is created; only the store's first admin starts without one. */
  'profiles.create': route(
    profileInputSchema.extend({ passphrase: z.string().max(1000).optional() }),
    { needs: 'profiles.manage' },
    async (ctx, input, actor) => {
      const hash = input.role === 'admin' ? await newPassphraseHash(input.passphrase) : null
      const created = createProfile(ctx.db, actor, input)
      storePassphraseHash(ctx.db, created.id, hash)
      return created
    }
  ),
  /** Switching to an admin with a passphrase asks for it; it then stays entered until the next switch. */
  'profiles.switch': route(z.object({ id, passphrase: z.string().max(1000).optional() }), async (ctx, input) => {
    const target = listProfiles(ctx.db).find((p) => p.id === input.id)
    if (!target) throw new UserError('unknown_profile', `no profile #${input.id}`)
    await checkPassphrase(ctx.db, target, input.passphrase)
    unlock(ctx, target.role === 'admin' ? target.id : null)
    return switchProfile(ctx.db, input.id)
  }),
  /** Sets the acting admin's passphrase the first time, or changes it given the current one. */
  'profiles.setPassphrase': route(
    z.object({ passphrase: z.string().max(1000), current: z.string().max(1000).optional() }),
    { needs: 'profiles.manage' },
    async (ctx, input, actor) => {
      await setPassphrase(ctx.db, actor, input)
      unlock(ctx, actor.id)
      return { set: true }
    }
  )
}

import { z } from 'zod'
import { route, type Ctx } from '../api/route'
import { UserError } from '../errors'
import { runSyncJob } from '../sync/jobs'
import type { SyncSummary } from '../sync/run'
import { publicUrl } from '../sync/server'
import { getState, setState } from '../sync/state'
import { syncConnectSchema } from './schemas'

/** The password a person typed as part of the address is taken out of it: it never reaches the store. */
function split(server: string): { url: string; password: string | undefined } {
  const url = publicUrl(server.trim())
  const password = new URL(server.trim()).password
  return { url, password: password ? decodeURIComponent(password) : undefined }
}

function status(ctx: Ctx) {
  const lastSync = getState(ctx.db, 'last_sync')
  return {
    server: getState(ctx.db, 'server') || null,
    lastSync: lastSync ? Number(lastSync) : null,
    keychain: ctx.host.keychain?.available() ?? false
  }
}

/** A round off the calling thread; without a typed password, the one the host's keychain remembers. */
const run = async (ctx: Ctx, url: string, typed?: string): Promise<SyncSummary> =>
  runSyncJob(ctx.db, ctx.dbPath, url, typed ?? (await ctx.host.keychain?.get(url)), (p) => ctx.emit('sync:progress', p))

/** Settings → Team: connect to the team's PostgreSQL server, sync now, disconnect. */
export const syncRoutes = {
  'sync.status': route(z.object({}), (ctx) => status(ctx)),

  /** Connects (the first sync creates the server's schema when an admin connects) and remembers the server. */
  'sync.connect': route(syncConnectSchema, { needs: 'settings.edit' }, async (ctx, input) => {
    const typed = split(input.server)
    const password = input.password || typed.password
    const summary = await run(ctx, typed.url, password)
    setState(ctx.db, 'server', typed.url)
    if (password && input.remember && ctx.host.keychain?.available()) await ctx.host.keychain.set(typed.url, password)
    return { ...status(ctx), summary }
  }),

  'sync.now': route(z.object({ password: z.string().max(1000).optional() }), async (ctx, input) => {
    const server = getState(ctx.db, 'server')
    if (!server) throw new UserError('sync_no_server', 'connect to a team server first (Settings → Team)')
    const summary = await run(ctx, server, input.password || undefined)
    return { ...status(ctx), summary }
  }),

  /** Forgets the server and its remembered password; the store keeps everything it synced. */
  'sync.disconnect': route(z.object({}), { needs: 'settings.edit' }, async (ctx) => {
    const server = getState(ctx.db, 'server')
    if (server) await ctx.host.keychain?.set(server, null)
    setState(ctx.db, 'server', '')
    return status(ctx)
  })
}

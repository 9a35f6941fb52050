import type { Db } from '../db/open'
import { pullBatches, pushBatches, type BatchOptions, type BatchProgress } from './batches'
import { pullEvents, pushEvents } from './events'
import { pullFields, pushFields } from './fields'
import { checkMember, connectServer, migrateServer, publicUrl, serverError, type CredentialProvider } from './server'
import { setState } from './state'
import { pushUndos } from './undos'

export interface SyncOptions extends BatchOptions {
  url: string
  credentials?: CredentialProvider
  onProgress?: (p: BatchProgress) => void
}

export interface SyncSummary {
  server: string
  fieldsPulled: number
  fieldsPushed: number
  eventsPulled: number
  eventsPushed: number
  batchesPushed: number
  batchesPulled: number
  undosPushed: number
}

/**
 * One round with the team store: its schema brought up to date, then fields pulled before pushed (so a concurrent
 * edit of the same field is seen as a conflict), trail events both ways, and imported files both ways.
 */
export async function syncOnce(db: Db, options: SyncOptions): Promise<SyncSummary> {
  const server = await connectServer(options.url, options.credentials)
  try {
    await migrateServer(server)
    await checkMember(server)
    const fieldsPulled = await pullFields(db, server)
    const fieldsPushed = await pushFields(db, server)
    const eventsPushed = await pushEvents(db, server)
    const eventsPulled = await pullEvents(db, server)
    const undosPushed = await pushUndos(db, server)
    const batchesPushed = await pushBatches(db, server, options)
    const batchesPulled = await pullBatches(db, server, options)
    setState(db, 'last_sync', String(Date.now()))
    setState(db, 'server', publicUrl(options.url))
    return {
      server: publicUrl(options.url),
      fieldsPulled,
      fieldsPushed,
      eventsPulled,
      eventsPushed,
      batchesPushed,
      batchesPulled,
      undosPushed
    }
  } catch (err) {
    throw serverError(err)
  } finally {
    await server.end().catch(() => {})
  }
}

// The single IPC entry point: every renderer call goes through here to core's route table.
import { isAbsolute } from 'node:path'
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { invoke, type ApiResult, type Ctx } from '../core/api'
import { toApiError } from '../core/api/invoke'

/** True when the call comes from our own page (dev server or the bundled index.html), not a foreign frame. */
export type SenderCheck = (url: string) => boolean

export function registerIpc(getCtx: () => Ctx, isOwnPage: SenderCheck): void {
  ipcMain.handle(
    'kassa:invoke',
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      const url = event.senderFrame?.url ?? ''
      if (!isOwnPage(url))
        return { ok: false, error: { code: 'forbidden', message: 'calls are accepted only from the Kassa window' } }
      if (typeof name !== 'string') return { ok: false, error: { code: 'unknown_route', message: 'route name must be a string' } }
      try {
        return await invoke(getCtx(), name, input)
      } catch (err) {
        // invoke already maps route errors; this only catches a failure to open the store (too new, read-only, damaged).
        return { ok: false, error: toApiError(err) }
      }
    }
  )
}

/** Most files one drop may hand over; a real drag carries a handful. */
const MAX_DROPPED = 1000

/**
 * 'kassa:drop': the preload sends the paths Electron resolved for the files the user dropped on the page
 * (webUtils.getPathForFile); they wait in the host until the renderer calls `import.dropped`.
 * Resolves to how many paths were kept.
 */
export function registerDrop(onDrop: (paths: string[]) => void, isOwnPage: SenderCheck): void {
  ipcMain.handle('kassa:drop', (event: IpcMainInvokeEvent, paths: unknown): number => {
    if (!isOwnPage(event.senderFrame?.url ?? '')) return 0
    const kept = Array.isArray(paths)
      ? paths.filter((p): p is string => typeof p === 'string' && p.length > 0 && isAbsolute(p)).slice(0, MAX_DROPPED)
      : []
    onDrop(kept)
    return kept.length
  })
}

/** Pushes a core event to every window showing our page. */
export function emitTo(contents: () => WebContents[]): Ctx['emit'] {
  return (channel, payload) => {
    for (const wc of contents()) if (!wc.isDestroyed()) wc.send('kassa:event', { channel, payload })
  }
}

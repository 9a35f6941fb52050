// The single IPC entry point: every renderer call goes through here to core's route table.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { invoke, type ApiResult, type Ctx } from '../core/api'

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
        // invoke already maps route errors; this only catches a failure to open the store or similar.
        return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } }
      }
    }
  )
}

/** Pushes a core event to every window showing our page. */
export function emitTo(contents: () => WebContents[]): Ctx['emit'] {
  return (channel, payload) => {
    for (const wc of contents()) if (!wc.isDestroyed()) wc.send('kassa:event', { channel, payload })
  }
}

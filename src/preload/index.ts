// The only bridge between the sandboxed renderer and main: three functions, no Node, no ipcRenderer leak.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'

type Listener = (payload: unknown) => void

const listeners = new Map<string, Set<Listener>>()

ipcRenderer.on('kassa:event', (_event: IpcRendererEvent, message: { channel: string; payload: unknown }) => {
  for (const cb of listeners.get(message?.channel) ?? []) cb(message.payload)
})

/** The file's path on disk, or '' for a File built in script (or anything that is not a File). */
function pathOf(file: File): string {
  try {
    return webUtils.getPathForFile(file)
  } catch {
    return ''
  }
}

contextBridge.exposeInMainWorld('kassa', {
  /** Resolves to the `{ ok, value } | { ok, error }` envelope; never rejects for route errors. */
  invoke: (route: string, input?: unknown) => ipcRenderer.invoke('kassa:invoke', String(route), input),
  /**
   * Hands main the paths of files the user dropped on the page (only Electron knows them: a sandboxed
   * page sees no path); resolves to how many main kept. Files built in script have no path and are skipped.
   */
  dropFiles: async (files: File[]): Promise<number> => {
    const paths = (Array.isArray(files) ? files : []).map(pathOf).filter((p) => p.length > 0)
    return ipcRenderer.invoke('kassa:drop', paths)
  },
  /** Subscribes to an event channel pushed by core (e.g. 'demo:progress'); returns an unsubscribe function. */
  on: (channel: string, cb: Listener) => {
    if (typeof cb !== 'function') throw new TypeError('kassa.on needs a callback')
    const key = String(channel)
    let set = listeners.get(key)
    if (!set) listeners.set(key, (set = new Set()))
    set.add(cb)
    return () => {
      set.delete(cb)
    }
  }
})

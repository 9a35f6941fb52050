// The only bridge between the sandboxed renderer and main: two functions, no Node, no ipcRenderer leak.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

type Listener = (payload: unknown) => void

const listeners = new Map<string, Set<Listener>>()

ipcRenderer.on('kassa:event', (_event: IpcRendererEvent, message: { channel: string; payload: unknown }) => {
  for (const cb of listeners.get(message?.channel) ?? []) cb(message.payload)
})

contextBridge.exposeInMainWorld('kassa', {
  /** Resolves to the `{ ok, value } | { ok, error }` envelope; never rejects for route errors. */
  invoke: (route: string, input?: unknown) => ipcRenderer.invoke('kassa:invoke', String(route), input),
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

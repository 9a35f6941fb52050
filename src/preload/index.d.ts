// Types of what src/preload/index.ts exposes (and test/e2e/harness.ts mimics), for the renderer.
export interface KassaApiError {
  code: string
  message: string
}

export type KassaEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: KassaApiError }

export interface KassaBridge {
  invoke(route: string, input?: unknown): Promise<KassaEnvelope>
  /** Passes the paths of files dropped on the page to main (see `import.dropped`); resolves to how many had a path. */
  dropFiles(files: File[]): Promise<number>
  on(channel: string, cb: (payload: unknown) => void): () => void
}

declare global {
  interface Window {
    kassa: KassaBridge
  }
}

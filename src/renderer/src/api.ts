// The only file that touches window.kassa (the preload bridge, or the test harness's stand-in).
import type { RouteInput, RouteName, RouteOutput } from '../../core/api'
import type { ErrorCode } from '../../core/errors'

export type { RouteInput, RouteName, RouteOutput }

/** A failed call: `code` (core's ERROR_CODES, or no_bridge here) is stable for code paths, `message` is for people. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'no_bridge',
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export async function call<K extends RouteName>(name: K, input: RouteInput<K>): Promise<RouteOutput<K>> {
  if (!window.kassa) throw new ApiError('no_bridge', 'Kassa core is not reachable from this window')
  const result = await window.kassa.invoke(name, input)
  // The bridge passes on what core's toApiError made, whose codes are ErrorCodes.
  if (!result.ok) throw new ApiError(result.error.code as ErrorCode, result.error.message)
  return result.value as RouteOutput<K>
}

/**
 * Hands the files the user dropped to main, which alone can see their paths; afterwards `import.dropped`
 * returns those paths. Resolves to how many of the files had a path on disk.
 */
export async function dropFiles(files: File[]): Promise<number> {
  if (!window.kassa) throw new ApiError('no_bridge', 'Kassa core is not reachable from this window')
  return window.kassa.dropFiles(files)
}

/** Subscribes to a core event channel; returns the unsubscribe function. */
export function on<T = unknown>(channel: string, cb: (payload: T) => void): () => void {
  return window.kassa.on(channel, (payload) => cb(payload as T))
}

/** A message for any thrown value, for error banners. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message
  if (err instanceof Error) return err.message
  return String(err)
}

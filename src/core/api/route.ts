import { z } from 'zod'
import type { Db } from '../db/open'
import type { Actor } from '../merchants/profiles'
import type { Access } from './access'
import type { ErrorCode } from '../errors'
import type { Keychain } from '../sync/keychain'

/** What a host (Electron main, the browser-test harness, the CLI) gives the routes. */
export interface Host {
  /** Native open dialog; returns the chosen paths or [] when cancelled. */
  pickFiles(options: { title: string; filters?: { name: string; extensions: string[] }[]; multiple?: boolean }): Promise<string[]>
  /** Native save dialog; returns the chosen path or null when cancelled. */
  pickSavePath(options: { title: string; defaultName: string }): Promise<string | null>
  /** Opens a file in the system's viewer. */
  openPath(path: string): Promise<void>
  /**
   * Paths of the files the user last dropped on the window (handed over by main, never by page script); clears them.
   * Optional so hosts without a window (CLI, unit tests) need not stub it: no host, no drops.
   */
  takeDroppedFiles?(): string[]
  /** The OS keychain for the team server's password (Electron safeStorage); absent where there is none. */
  keychain?: Keychain
}

export interface Ctx {
  db: Db
  dbPath: string
  /** The app's data folder (documents, exports). */
  dataDir: string
  /** Pushes an event to the renderer (`kassa.on(channel, …)`). */
  emit(channel: string, payload: unknown): void
  host: Host
}

export interface Route<I extends z.ZodType, O> {
  input: I
  /** Who may call it and whose sales it may read; checked by the invoke path before the handler runs. */
  access: Access
  /** `actor` is the acting profile the access check let through. */
  handler: (ctx: Ctx, input: z.output<I>, actor: Actor) => O | Promise<O>
}

type Handler<I extends z.ZodType, O> = (ctx: Ctx, input: z.output<I>, actor: Actor) => O | Promise<O>

/** A route every profile may call, reading no sales; with `access` before the handler, what it needs. */
export function route<I extends z.ZodType, O>(input: I, handler: Handler<I, O>): Route<I, O>
export function route<I extends z.ZodType, O>(input: I, access: Access, handler: Handler<I, O>): Route<I, O>
export function route<I extends z.ZodType, O>(input: I, a: Access | Handler<I, O>, b?: Handler<I, O>): Route<I, O> {
  return typeof a === 'function' ? { input, access: {}, handler: a } : { input, access: a, handler: b! }
}

export interface ApiError {
  code: ErrorCode
  message: string
}

export type ApiResult<O> = { ok: true; value: O } | { ok: false; error: ApiError }

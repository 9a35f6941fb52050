/**
 * Where a host keeps the team server's password: the desktop app's OS keychain (Electron safeStorage, in main).
 * Core only asks for it; it never writes a password to the store. A host without one (the CLI, the browser tests)
 * leaves `keychain` out and the password is asked for each time.
 */
export interface Keychain {
  /** False where the OS offers no encryption (e.g. Linux without a secret service): nothing is remembered. */
  available(): boolean
  get(account: string): Promise<string | undefined>
  /** null forgets it. */
  set(account: string, secret: string | null): Promise<void>
}

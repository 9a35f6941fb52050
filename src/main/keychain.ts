// The team server's password in the OS keychain: Electron safeStorage encrypts it, the ciphertext sits in a file in
// the app's data folder (never in the store). Core only sees the Keychain interface.
import { safeStorage } from 'electron'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Keychain } from '../core/sync/keychain'

export function electronKeychain(dataDir: () => string): Keychain {
  const file = () => join(dataDir(), 'team-credentials.json')
  const read = (): Record<string, string> => (existsSync(file()) ? JSON.parse(readFileSync(file(), 'utf8')) : {})
  const write = (all: Record<string, string>) => {
    writeFileSync(file() + '.tmp', JSON.stringify(all), { mode: 0o600 })
    renameSync(file() + '.tmp', file())
  }
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    async get(account) {
      const sealed = read()[account]
      return sealed && safeStorage.isEncryptionAvailable() ? safeStorage.decryptString(Buffer.from(sealed, 'base64')) : undefined
    },
    async set(account, secret) {
      const all = read()
      if (secret === null) delete all[account]
      else all[account] = safeStorage.encryptString(secret).toString('base64')
      write(all)
    }
  }
}

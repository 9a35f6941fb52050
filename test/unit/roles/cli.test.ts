import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'
import { tempPath } from '../tmp'

const ROOT = join(__dirname, '../../..')
const kassa = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/kassa.mjs'), ...args], { encoding: 'utf8', cwd: ROOT })

describe('the command line acts as the store’s owner', () => {
  it('imports merchants as the first admin whoever is acting in the app, and clears a forgotten passphrase', async () => {
    const db = tempPath()
    const ctx = createContext({ dbPath: db })
    await invoke(ctx, 'profiles.setPassphrase', { passphrase: 'forgotten by Monday' })
    const manager = await invoke(ctx, 'profiles.create', { name: 'Mats Manager', role: 'manager' })
    await invoke(ctx, 'profiles.switch', { id: (manager as { value: { id: number } }).value.id })
    ctx.db.close()

    const file = join(dirname(db), 'leads.csv')
    writeFileSync(file, 'Butikk,Land\nNordlys Suvenir,NO\n')
    const run = kassa('merchants', 'import', file, '--db', db)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)

    const cleared = kassa('profiles', 'clear-passphrase', 'administrator', '--db', db)
    expect(cleared.stderr).toBe('')
    expect(cleared.stdout).toBe(
      'Administrator has no passphrase now: anyone at the desktop can switch to it until one is set again.\n'
    )
    const unknown = kassa('profiles', 'clear-passphrase', 'Nobody', '--db', db)
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toBe('kassa profiles clear-passphrase: no profile named "Nobody"\n')

    const after = createContext({ dbPath: db })
    expect(after.db.prepare("SELECT passphrase FROM profiles WHERE name = 'Administrator'").pluck().get()).toBeNull()
    const trail = after.db.prepare("SELECT profile_name FROM merchant_events WHERE kind = 'created'").pluck().all()
    expect(trail).toEqual(['Administrator'])
    after.db.close()
  })
})

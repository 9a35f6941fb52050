import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { createContext, noDialogs } from '../../../src/core/context'
import { createMerchant } from '../../../src/core/merchants/service'
import { activeProfile } from '../../../src/core/merchants/profiles'
import { addMember } from '../../../src/core/sync/members'
import { connectServer } from '../../../src/core/sync/server'
import { tempPath } from '../tmp'
import { localStore, useCluster } from './helpers'

const team = useCluster()

describe('Settings → Team', () => {
  it('connects with a password kept in the keychain only, then syncs again without asking for it', async () => {
    const db = team.database()
    const office = localStore()
    createMerchant(office.db, office.admin, { name: 'Nyhavn Te', country: 'DK' })
    await office.sync(team.cluster().url('postgres', db))
    team.cluster().psql("ALTER SYSTEM SET password_encryption = 'scram-sha-256'")
    const owner = await connectServer(team.cluster().url('postgres', db))
    await addMember(owner, { role: 'rep_dk', kind: 'rep', countries: ['DK'], password: 'fjord-7-sild' })
    await owner.end()
    // Trust for the owner, a password for members: rewrite pg_hba for this database only.
    const hba = team.cluster().psql('SHOW hba_file').trim()
    team.cluster().psql(`COPY (SELECT 'local ${db} rep_dk scram-sha-256' UNION ALL SELECT 'local all all trust') TO '${hba}'`)
    team.cluster().psql('SELECT pg_reload_conf()')

    const sealed = new Map<string, string>()
    const keychain = {
      available: () => true,
      get: async (account: string) => sealed.get(account),
      set: async (account: string, secret: string | null) =>
        void (secret === null ? sealed.delete(account) : sealed.set(account, secret))
    }
    const path = tempPath()
    const ctx = createContext({ dbPath: path, host: { ...noDialogs, keychain } })
    const url = team.cluster().url('rep_dk', db)
    const withPassword = url.replace('rep_dk@', 'rep_dk:fjord-7-sild@')

    const wrong = await invoke(ctx, 'sync.connect', { server: url, password: 'wrong' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'sync_refused' } })

    const connected = await invoke(ctx, 'sync.connect', { server: withPassword })
    expect(connected).toMatchObject({ ok: true, value: { server: url, keychain: true } })
    expect(ctx.db.prepare('SELECT name FROM merchants').pluck().all()).toEqual(['Nyhavn Te'])
    expect(sealed.get(url)).toBe('fjord-7-sild')
    ctx.db.close()
    expect(readFileSync(path).includes(Buffer.from('fjord-7-sild'))).toBe(false)

    const reopened = createContext({ dbPath: path, host: { ...noDialogs, keychain } })
    expect(activeProfile(reopened.db).role).toBe('admin')
    expect(await invoke(reopened, 'sync.now', {})).toMatchObject({ ok: true, value: { server: url } })
    expect(await invoke(reopened, 'sync.disconnect', {})).toMatchObject({ ok: true, value: { server: null } })
    expect(sealed.size).toBe(0)
  })
})

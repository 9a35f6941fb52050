import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createMerchant } from '../../../src/core/merchants/service'
import { addMember, setMerchantGroup } from '../../../src/core/sync/members'
import { connectServer } from '../../../src/core/sync/server'
import { merchantGid } from '../../../src/core/sync/rows'
import { localStore, useCluster } from './helpers'

const team = useCluster()

const names = (store: ReturnType<typeof localStore>) =>
  store.db.prepare('SELECT name FROM merchants ORDER BY name').pluck().all() as string[]

describe('row-level security on the team store', () => {
  it('shows a rep only the merchants of their countries and refuses their change to another country’s', async () => {
    const db = team.database()
    const ownerUrl = team.cluster().url('postgres', db)
    const office = localStore()
    const dk = createMerchant(office.db, office.admin, { name: 'Nyhavn Te', country: 'DK' })
    const no = createMerchant(office.db, office.admin, { name: 'Bryggen Bod', country: 'NO' })
    if (!dk.ok || !no.ok) throw new Error('not created')
    await office.sync(ownerUrl)
    const owner = await connectServer(ownerUrl)
    try {
      await addMember(owner, { role: 'rep_dk', kind: 'rep', countries: ['DK'] })
    } finally {
      await owner.end()
    }

    const rep = localStore()
    const repUrl = team.cluster().url('rep_dk', db)
    await rep.sync(repUrl)
    expect(names(rep)).toEqual(['Nyhavn Te'])
    const trail = rep.db.prepare('SELECT DISTINCT after FROM merchant_events WHERE kind = ?').pluck().all('created')
    expect(trail).toEqual(['Nyhavn Te'])

    // Asked directly, the server itself answers the same, whatever the client does.
    const direct = new pg.Client(repUrl)
    await direct.connect()
    try {
      const seen = await direct.query('SELECT gid FROM kassa.merchants')
      expect(seen.rows.map((r) => r.gid)).toEqual([merchantGid(office.db, dk.merchant.id)])
      const foreign = merchantGid(office.db, no.merchant.id)
      const fields = await direct.query('SELECT COUNT(*)::int AS n FROM kassa.fields WHERE merchant_gid = $1', [foreign])
      expect(fields.rows[0].n).toBe(0)
      const edit = await direct.query("UPDATE kassa.fields SET value = 'x' WHERE merchant_gid = $1", [foreign])
      expect(edit.rowCount).toBe(0)
    } finally {
      await direct.end()
    }

    createMerchant(rep.db, rep.admin, { name: 'Grünerløkka Kafe', country: 'NO' })
    await expect(rep.sync(repUrl)).rejects.toMatchObject({ code: 'sync_forbidden' })
    await office.sync(ownerUrl)
    expect(names(office)).toEqual(['Bryggen Bod', 'Nyhavn Te'])
  })

  it('shows a manager the merchants of their merchant group in every country', async () => {
    const db = team.database()
    const ownerUrl = team.cluster().url('postgres', db)
    const office = localStore()
    const made = ['Sentrum Sko', 'Kalevan Kahvila', 'Vasa Vin'].map((name, i) =>
      createMerchant(office.db, office.admin, { name, country: (['NO', 'FI', 'SE'] as const)[i] })
    )
    await office.sync(ownerUrl)
    const owner = await connectServer(ownerUrl)
    try {
      await addMember(owner, { role: 'mgr_nordic', kind: 'manager', merchantGroup: 'Nordic Retail' })
      for (const m of made.slice(0, 2))
        if (m.ok) await setMerchantGroup(owner, merchantGid(office.db, m.merchant.id)!, 'Nordic Retail')
    } finally {
      await owner.end()
    }
    const manager = localStore()
    await manager.sync(team.cluster().url('mgr_nordic', db))
    expect(names(manager)).toEqual(['Kalevan Kahvila', 'Sentrum Sko'])
  })

  it('refuses a sign-in that is no member of the team store', async () => {
    const db = team.database()
    await localStore().sync(team.cluster().url('postgres', db))
    team.cluster().psql('CREATE ROLE stranger LOGIN')
    await expect(localStore().sync(team.cluster().url('stranger', db))).rejects.toMatchObject({ code: 'sync_not_member' })
  })
})

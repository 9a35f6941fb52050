import { describe, expect, it } from 'vitest'
import { createMerchant, getMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { moveStage, setChecklistItem } from '../../../src/core/merchants/pipeline'
import { timeline } from '../../../src/core/merchants/trail'
import { serverMigrations } from '../../../src/core/sync/server-schema'
import { localStore, useCluster } from './helpers'

const team = useCluster()

function merchantByName(db: ReturnType<typeof localStore>['db'], name: string): number {
  return db.prepare('SELECT id FROM merchants WHERE name = ?').pluck().get(name) as number
}

describe('merchants shared through the team store', () => {
  it('creates the schema on an empty server and records its version', async () => {
    const url = team.cluster().url('postgres', team.database())
    const a = localStore()
    await a.sync(url)
    const versions = team
      .cluster()
      .psql('SELECT version FROM kassa.schema_versions ORDER BY version', url.split('/')[3].split('?')[0])
    expect(versions.trim().split('\n')).toEqual(serverMigrations.map((m) => String(m.version)))
    await a.sync(url)
    expect(team.cluster().psql('SELECT COUNT(*) FROM kassa.schema_versions', url.split('/')[3].split('?')[0]).trim()).toBe(
      String(serverMigrations.length)
    )
  })

  it('refuses a server that a newer Kassa migrated', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    await localStore().sync(url)
    team.cluster().psql("INSERT INTO kassa.schema_versions (version, name) VALUES (99, 'from the future')", db)
    await expect(localStore().sync(url)).rejects.toMatchObject({ code: 'sync_server_newer' })
  })

  it('keeps both offline edits of one merchant on its trail and the later value on both stores', async () => {
    const url = team.cluster().url('postgres', team.database())
    const a = localStore()
    const b = localStore()
    const made = createMerchant(a.db, a.admin, { name: 'Fjord Kiosk', country: 'NO', city: 'Bergen' })
    expect(made.ok).toBe(true)
    await a.sync(url)
    await b.sync(url)
    const onB = merchantByName(b.db, 'Fjord Kiosk')
    expect(getMerchant(b.db, onB).city).toBe('Bergen')

    // Both offline: A edits first, B later.
    const onA = merchantByName(a.db, 'Fjord Kiosk')
    updateMerchant(a.db, a.admin, onA, { city: 'Oslo', notes: 'met the owner' })
    await new Promise((r) => setTimeout(r, 5))
    updateMerchant(b.db, b.admin, onB, { city: 'Tromsø' })

    await a.sync(url)
    await b.sync(url)
    await a.sync(url)

    for (const [store, id] of [
      [a, onA],
      [b, onB]
    ] as const) {
      expect(getMerchant(store.db, id)).toMatchObject({ city: 'Tromsø', notes: 'met the owner' })
      const cityEdits = timeline(store.db, id).filter((e) => e.field === 'city')
      const afters = cityEdits.map((e) => e.after)
      expect(afters).toContain('Oslo')
      expect(afters).toContain('Tromsø')
      const conflict = cityEdits.filter((e) => e.note?.startsWith('sync conflict'))
      expect(conflict).toHaveLength(1)
      expect(conflict[0]).toMatchObject({ before: 'Oslo', after: 'Tromsø' })
    }
  })

  it('replays stage moves from every store in time order', async () => {
    const url = team.cluster().url('postgres', team.database())
    const a = localStore()
    const b = localStore()
    const made = createMerchant(a.db, a.admin, { name: 'Lysekil Te', country: 'SE' })
    if (!made.ok) throw new Error('not created')
    await a.sync(url)
    await b.sync(url)
    const t0 = Date.now()
    setChecklistItem(a.db, a.admin, made.merchant.id, 'contact_identified', true, null, t0 - 10)
    moveStage(a.db, a.admin, made.merchant.id, 'contacted', null, t0)
    moveStage(b.db, b.admin, merchantByName(b.db, 'Lysekil Te'), 'on_hold', 'owner on holiday', t0 + 10)
    await b.sync(url)
    await a.sync(url)
    await b.sync(url)
    for (const [store, id] of [
      [a, made.merchant.id],
      [b, merchantByName(b.db, 'Lysekil Te')]
    ] as const) {
      const m = getMerchant(store.db, id)
      expect(m).toMatchObject({ stage: 'on_hold', stageReason: 'owner on holiday' })
      expect(
        timeline(store.db, id)
          .filter((e) => e.kind === 'stage')
          .map((e) => e.after)
      ).toEqual(['contacted', 'on_hold'])
    }
  })

  it('answers sync_unreachable while the server is away, and sends the offline edits once it is back', async () => {
    const url = team.cluster().url('postgres', team.database())
    const a = localStore()
    const b = localStore()
    const made = createMerchant(a.db, a.admin, { name: 'Aalborg Boder', country: 'DK' })
    if (!made.ok) throw new Error('not created')
    await a.sync(url)
    team.cluster().pause()
    try {
      updateMerchant(a.db, a.admin, made.merchant.id, { city: 'Aalborg' })
      await expect(a.sync(url)).rejects.toMatchObject({ code: 'sync_unreachable' })
    } finally {
      team.cluster().resume()
    }
    await a.sync(url)
    await b.sync(url)
    expect(getMerchant(b.db, merchantByName(b.db, 'Aalborg Boder')).city).toBe('Aalborg')
  })
})

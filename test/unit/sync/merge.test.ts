import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { setChecklistItem } from '../../../src/core/merchants/pipeline'
import { createMerchant, getMerchant } from '../../../src/core/merchants/service'
import { addStore } from '../../../src/core/merchants/terminals'
import { timeline } from '../../../src/core/merchants/trail'
import { count, total, writeExport } from './exports'
import { localStore, useCluster, type LocalStore } from './helpers'

const team = useCluster()
const ORG = '988077917'

function shop(s: LocalStore, name: string, city: string, store: string): number {
  const made = createMerchant(s.db, s.admin, { name, country: 'NO', orgNumber: ORG, city })
  if (!made.ok) throw new Error(JSON.stringify(made))
  addStore(s.db, s.admin, made.merchant.id, { name: store })
  return made.merchant.id
}

/** Gives a merchant not yet synced a chosen global id, so a test can pick which of two survives a merge. */
function setGid(s: LocalStore, merchantId: number, gid: string): void {
  const old = s.db.prepare("SELECT gid FROM sync_ids WHERE entity = 'merchant' AND local_id = ?").pluck().get(merchantId)
  s.db.prepare("UPDATE sync_ids SET gid = ? WHERE entity = 'merchant' AND local_id = ?").run(gid, merchantId)
  s.db.prepare("UPDATE sync_fields SET key = ? WHERE entity = 'merchant' AND key = ?").run(gid, old)
  s.db
    .prepare(
      "UPDATE sync_fields SET key = json_array(?, json_extract(key, '$[1]')) WHERE entity <> 'merchant' AND json_valid(key) AND json_extract(key, '$[0]') = ?"
    )
    .run(gid, old)
  s.db.prepare('UPDATE sync_events SET merchant_gid = ? WHERE merchant_gid = ?').run(gid, old)
}

describe('one shop created by hand on two stores', () => {
  it.each([
    ['the first to sync', '0'.repeat(32)],
    ['the second to sync', 'f'.repeat(32)]
  ])(
    'becomes one merchant everywhere, with both stores’ shops, checklist, trail and transactions (%s survives)',
    async (_, gidOfA) => {
      const url = team.cluster().url('postgres', team.database())
      const [a, b] = [localStore(), localStore()]
      const onA = shop(a, 'Fjord Kiosk AS', 'Bergen', 'Bryggen')
      setChecklistItem(a.db, a.admin, onA, 'contact_identified', true)
      setGid(a, onA, gidOfA)
      importFile(a.db, writeExport(a, 120, '04', 'Fjord Kiosk AS'), { acceptDefaults: true })
      shop(b, 'Fjord Kiosk', 'Oslo', 'Torget')
      importFile(b.db, writeExport(b, 80, '05', 'Fjord Kiosk'), { acceptDefaults: true })

      // c joins afterwards and meets both merchants in its first pull.
      const c = localStore()
      for (const s of [a, b, a, b, c]) await s.sync(url)

      const names = new Set<string>()
      for (const s of [a, b, c]) {
        const ids = s.db.prepare('SELECT id FROM merchants WHERE org_number = ?').pluck().all(ORG) as number[]
        expect(ids).toHaveLength(1)
        const id = ids[0]
        names.add(String(getMerchant(s.db, id).name))
        expect(s.db.prepare('SELECT name FROM stores WHERE merchant_id = ? ORDER BY name').pluck().all(id)).toEqual([
          'Bryggen',
          'Torget'
        ])
        expect(
          s.db.prepare("SELECT done FROM checklist_items WHERE merchant_id = ? AND item = 'contact_identified'").pluck().get(id)
        ).toBe(1)
        expect(s.db.prepare('SELECT COUNT(*) FROM transactions WHERE merchant_id = ?').pluck().get(id)).toBe(200)
        expect(count(s)).toBe(200)
        const trail = timeline(s.db, id)
        expect(trail.filter((e) => e.kind === 'created')).toHaveLength(2)
        expect(
          trail
            .filter((e) => e.kind === 'store')
            .map((e) => e.after)
            .sort()
        ).toEqual(['Bryggen', 'Torget'])
        const merged = trail.filter((e) => e.kind === 'merged')
        expect(merged).toHaveLength(1)
        expect([merged[0].before, merged[0].after].sort()).toEqual(['Fjord Kiosk', 'Fjord Kiosk AS'])
        // The merged one's own values that differ stay readable on the trail.
        expect(merged[0].note).toMatch(/city: (Bergen|Oslo)/)
      }
      // The same survivor on both stores.
      expect(names.size).toBe(1)
      expect(total(b)).toEqual(total(a))
      expect(total(c)).toEqual(total(a))
    }
  )
})

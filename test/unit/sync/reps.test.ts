import { describe, expect, it } from 'vitest'
import { createProfile } from '../../../src/core/merchants/profiles'
import { createMerchant, getMerchant } from '../../../src/core/merchants/service'
import { localStore, useCluster, type LocalStore } from './helpers'

const team = useCluster()

const repNames = (s: LocalStore) => s.db.prepare('SELECT name FROM reps ORDER BY name').pluck().all()
const repOf = (s: LocalStore, merchant: string) =>
  getMerchant(s.db, s.db.prepare('SELECT id FROM merchants WHERE name = ?').pluck().get(merchant) as number).rep

function assign(s: LocalStore, merchant: string, rep: string, country: 'NO' | 'SE' = 'NO') {
  const repId = createProfile(s.db, s.admin, { name: rep, role: 'rep' }).repId
  const made = createMerchant(s.db, s.admin, { name: merchant, country, repId })
  if (!made.ok) throw new Error(JSON.stringify(made))
}

describe('reps shared through the team store', () => {
  it('follows a rep renamed on one store by its id, not its old name', async () => {
    const url = team.cluster().url('postgres', team.database())
    const [a, b] = [localStore(), localStore()]
    assign(a, 'Fjord Kiosk', 'Kari')
    await a.sync(url)
    await b.sync(url)
    expect(repOf(b, 'Fjord Kiosk')).toBe('Kari')

    // No screen renames a rep yet; the store's row is what a rename would change.
    a.db.prepare("UPDATE reps SET name = 'Kari Nordmann' WHERE name = 'Kari'").run()
    await a.sync(url)
    await b.sync(url)
    expect(repOf(b, 'Fjord Kiosk')).toBe('Kari Nordmann')
    expect(repNames(b)).toEqual(['Kari Nordmann'])
  })

  it('makes one rep of the same name created on two stores, with both stores’ merchants', async () => {
    const url = team.cluster().url('postgres', team.database())
    const [a, b] = [localStore(), localStore()]
    assign(a, 'Fjord Kiosk', 'Ola')
    assign(b, 'Lysekil Te', 'Ola', 'SE')
    await a.sync(url)
    await b.sync(url)
    await a.sync(url)
    for (const s of [a, b]) {
      expect(repNames(s)).toEqual(['Ola'])
      expect([repOf(s, 'Fjord Kiosk'), repOf(s, 'Lysekil Te')]).toEqual(['Ola', 'Ola'])
    }
  })

  it('still matches a rep by name when the team store holds a name from before reps had ids', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, b] = [localStore(), localStore()]
    assign(a, 'Fjord Kiosk', 'Siri')
    await a.sync(url)
    team.cluster().psql("UPDATE kassa.fields SET value = 'Siri' WHERE entity = 'merchant' AND field = 'rep_id'", db)
    team.cluster().psql("DELETE FROM kassa.fields WHERE entity = 'rep'", db)
    await b.sync(url)
    expect(repOf(b, 'Fjord Kiosk')).toBe('Siri')
    expect(repNames(b)).toEqual(['Siri'])
  })
})

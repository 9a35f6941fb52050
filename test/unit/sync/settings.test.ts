import { describe, expect, it } from 'vitest'
import { deleteView, listViews, saveView } from '../../../src/core/analytics/views'
import { setManualRate } from '../../../src/core/fx/import'
import { listProfiles, saveProfile } from '../../../src/core/import/profiles'
import { checklist, setChecklistItem } from '../../../src/core/merchants/pipeline'
import { createMerchant } from '../../../src/core/merchants/service'
import { localStore, useCluster } from './helpers'

const team = useCluster()

describe('settings and onboarding details shared through the team store', () => {
  it('brings exchange rates, saved views, mapping profiles and checklists to the other store', async () => {
    const url = team.cluster().url('postgres', team.database())
    const a = localStore()
    const b = localStore()
    const made = createMerchant(a.db, a.admin, { name: 'Kauppatori Kala', country: 'FI' })
    if (!made.ok) throw new Error('not created')
    setChecklistItem(a.db, a.admin, made.merchant.id, 'contact_identified', true)
    setManualRate(a.db, 'CNY', '2018-04-02', 1.23)
    saveView(a.db, 'Alipay in Norway', { countries: ['NO'], methods: ['alipay'] } as never)
    saveProfile(a.db, { name: 'Kiosk export', signature: 'id|date|amount', format: 'csv', columns: { amount: 'Beløp' } })
    await a.sync(url)
    await b.sync(url)

    const rate = b.db.prepare("SELECT nok_per_unit, source FROM fx_rates WHERE currency = 'CNY' AND day = '2018-04-02'").get()
    expect(rate).toEqual({ nok_per_unit: 1.23, source: 'manual' })
    const daily = b.db.prepare("SELECT nok_per_unit FROM fx_daily WHERE currency = 'CNY' AND day = '2018-04-03'").pluck().get()
    expect(daily).toBe(1.23)
    expect(listViews(b.db).map((v) => v.name)).toEqual(['Alipay in Norway'])
    expect(listProfiles(b.db).find((p) => p.name === 'Kiosk export')?.columns).toEqual({ amount: 'Beløp' })
    const onB = b.db.prepare("SELECT id FROM merchants WHERE name = 'Kauppatori Kala'").pluck().get() as number
    expect(checklist(b.db, onB).find((c) => c.key === 'contact_identified')?.done).toBe(true)

    // A view removed on B is gone on A after both sync.
    deleteView(b.db, listViews(b.db)[0].id)
    await b.sync(url)
    await a.sync(url)
    expect(listViews(a.db)).toEqual([])
  })
})

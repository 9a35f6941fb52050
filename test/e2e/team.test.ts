// Settings → Team: connecting the store to a real PostgreSQL team server brings the team's merchants in,
// shows the server and the last sync, and a second sync from the same card sends the store's own edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../../src/core/context'
import { createMerchant } from '../../src/core/merchants/service'
import { activeProfile } from '../../src/core/merchants/profiles'
import { syncOnce } from '../../src/core/sync/run'
import { startCluster, type Cluster } from '../pg/cluster'
import { tempPath } from '../unit/tmp'
import { openApp, type AppHandle } from './harness'

describe('the Team card in Settings', () => {
  let cluster: Cluster
  let app: AppHandle
  let url: string

  beforeAll(async () => {
    cluster = startCluster()
    cluster.psql('CREATE DATABASE team')
    url = cluster.url('postgres', 'team')
    const office = createContext({ dbPath: tempPath() })
    createMerchant(office.db, activeProfile(office.db), { name: 'Nyhavn Te', country: 'DK', city: 'København' })
    await syncOnce(office.db, { url })
    office.db.close()
    app = await openApp({ hash: '#/settings' })
  })

  afterAll(async () => {
    await app?.close()
    cluster?.stop()
  })

  it('connects, brings the team’s merchant in and says when it last synced', async () => {
    const card = app.page.getByTestId('team-settings')
    await expect.poll(() => card.getByTestId('team-not-connected').textContent()).toBe('Not connected to a team server.')
    // The browser harness has no keychain: the card says the password is not kept.
    expect(await card.getByTestId('team-no-keychain').isVisible()).toBe(true)
    await card.getByTestId('team-server').fill(url)
    await card.getByTestId('team-connect').click()
    await expect.poll(async () => (await card.getByTestId('team-done').textContent()) ?? '').toMatch(/^Synced: /)
    expect(await card.getByTestId('team-connected').textContent()).toMatch(
      new RegExp(`^\\s*Connected to ${url.replace(/[.?*+()[\]\\/]/g, '\\$&')}\\. Last sync: `)
    )
    const merchants = await app.call('merchants.list', {})
    expect(JSON.stringify(merchants)).toContain('Nyhavn Te')
    await app.screenshot('settings-team-connected')
  })

  it('syncs again from the card and can disconnect', async () => {
    const card = app.page.getByTestId('team-settings')
    await card.getByTestId('team-sync').click()
    await expect.poll(async () => (await card.getByTestId('team-done').textContent()) ?? '').toMatch(/^Synced: /)
    await card.getByTestId('team-disconnect').click()
    await expect.poll(() => card.getByTestId('team-not-connected').isVisible()).toBe(true)
  })
})

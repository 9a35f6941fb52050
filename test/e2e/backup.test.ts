// Settings → "Back up store…" and "Restore…": a backup taken in English restores English and its data,
// a file that is not a store is refused with the reason and the app keeps working.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'
import { count } from './intl'

describe('store backup and restore in Settings', () => {
  const outside = mkdtempSync(join(tmpdir(), 'kassa-backups-'))
  const backup = join(outside, 'kassa-backup.sqlite')
  const notAStore = resolve('test/fixtures/import/se-bom.csv')
  let app: AppHandle

  beforeAll(async () => {
    app = await openApp({
      demo: { transactions: 2000, seed: 7 },
      savePath: backup,
      pickFiles: [[notAStore], [backup]],
      hash: '#/settings'
    })
  })

  afterAll(async () => {
    await app?.close()
    rmSync(outside, { recursive: true, force: true })
  })

  const done = () => app.page.getByTestId('store-backup-done')

  it('backs the store up to the file chosen in the save dialog', async () => {
    await app.page.getByTestId('store-backup-button').click()
    await expect.poll(async () => (await done().textContent())?.trim()).toBe(`Backed up to ${backup}.`)
  })

  it('refuses a file that is not a store and keeps the app working', async () => {
    await app.page.getByTestId('settings-locale-select').selectOption('nb')
    await expect.poll(() => app.page.locator('h1').first().textContent()).toBe('Innstillinger')
    await app.page.getByTestId('store-restore-button').click()
    await expect.poll(async () => (await app.page.getByTestId('store-backup-error').textContent()) ?? '').toMatch(/se-bom\.csv/)
    expect(await app.page.getByTestId('db-path').textContent()).toBe(app.ctx.dbPath)
  })

  it('restores the backup: its language, its merchants and transactions, the old store kept', async () => {
    const { transactions, merchants } = await app.call('app.status', {})
    await app.page.getByTestId('store-restore-button').click()
    await expect.poll(async () => (await done().textContent()) ?? '').toMatch(/^Restored /)
    const text = (await done().textContent())!.trim()
    const restored = `Restored ${backup}: ${count(merchants, 'en')} merchants, ${count(transactions, 'en')} transactions.`
    expect(text.slice(0, restored.length)).toBe(restored)
    expect(text).toMatch(/ The replaced store is kept at \S+kassa\.sqlite\.before-restore-\d+\.$/)
    expect(await app.page.locator('h1').first().textContent()).toBe('Settings')
    await app.screenshot('settings-backup-restored')
  })
})

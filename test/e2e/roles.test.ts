// Profiles on a shared desktop: the switcher says what they are, an admin's passphrase is set explicitly and asked
// for when switching to it, and a rep's screens offer no admin setting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unlock } from '../../src/core/api/access'
import { openApp, type AppHandle } from './harness'

describe('switching profiles', () => {
  let app: AppHandle
  const text = async (testid: string) => ((await app.page.getByTestId(testid).first().textContent()) ?? '').trim()

  beforeAll(async () => {
    app = await openApp({ hash: '#/merchants' })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('says what profiles are and warns that the admin is open until it has a passphrase', async () => {
    const { page } = app
    await page.getByTestId('profile-note').waitFor()
    expect(await text('profile-note')).toBe(
      'Profiles are not logins: anyone at this computer can act as a rep or manager. They keep each role to its own work ' +
        'and put the name on the audit trail; admin profiles with a passphrase ask for it. ' +
        'Anyone at this computer can switch to Administrator until it has a passphrase.'
    )
    await page.getByTestId('passphrase-set').click()
    await page.getByTestId('passphrase-new').fill('nordlys over Tromsø')
    await page.getByTestId('passphrase-save').click()
    // scrypt takes its time (docs/decisions.md), hence the longer waits after a passphrase is sent.
    await expect.poll(() => text('profile-note'), { timeout: 30_000 }).not.toContain('until it has a passphrase')
    const stored = app.ctx.db.prepare("SELECT passphrase FROM profiles WHERE name = 'Administrator'").pluck().get() as string
    expect(stored.startsWith('scrypt$')).toBe(true)
    expect(stored).not.toContain('nordlys')
  })

  it('a rep cannot change the desktop’s settings; switching back to the admin asks for its passphrase', async () => {
    const { page } = app
    await page.getByTestId('profile-add').click()
    await page.getByTestId('profile-name').fill('Ingrid Rep')
    await page.getByTestId('profile-save').click()
    const rep = (await app.call('profiles.list', {})).profiles.find((p) => p.name === 'Ingrid Rep')!
    await page.getByTestId('profile-select').selectOption(String(rep.id))
    await expect.poll(() => page.getByTestId('locale-select').isDisabled()).toBe(true)
    expect(await page.getByTestId('profile-add').count()).toBe(0)

    const admin = (await app.call('profiles.list', {})).profiles.find((p) => p.name === 'Administrator')!
    await page.getByTestId('profile-select').selectOption(String(admin.id))
    await page.getByTestId('passphrase-input').fill('nordlys over tromsø')
    await page.getByTestId('passphrase-submit').click()
    await expect
      .poll(() => text('profile-error'), { timeout: 30_000 })
      .toBe('that is not the passphrase of Administrator (Admin)')
    expect(await page.getByTestId('profile-select').inputValue()).toBe(String(rep.id))
    expect((await app.call('profiles.list', {})).active.name).toBe('Ingrid Rep')
    await app.screenshot('roles-01-admin-passphrase')

    await page.getByTestId('passphrase-input').fill('nordlys over Tromsø')
    await page.getByTestId('passphrase-submit').click()
    await expect.poll(() => page.getByTestId('profile-select').inputValue(), { timeout: 30_000 }).toBe(String(admin.id))
    expect(await page.getByTestId('passphrase-input').count()).toBe(0)
    expect(await page.getByTestId('locale-select').isDisabled()).toBe(false)
    expect((await app.call('profiles.list', {})).active.name).toBe('Administrator')
  })

  it('an app reopened on the admin reads but changes nothing until the passphrase is entered again', async () => {
    const { page } = app
    // What a restart does: the session forgets the passphrase entered; the store still names the admin as acting.
    unlock(app.ctx, null)
    await page.reload()
    await page.getByTestId('profile-unlock').waitFor()
    expect(await text('profile-note')).toContain('Administrator opened without its passphrase, so it reads but changes nothing')
    expect(await page.getByTestId('profile-add').count()).toBe(0)
    expect(await page.getByTestId('locale-select').isDisabled()).toBe(true)
    await app.screenshot('roles-02-admin-locked')

    await page.getByTestId('profile-unlock').click()
    await page.getByTestId('passphrase-input').fill('nordlys over Tromsø')
    await page.getByTestId('passphrase-submit').click()
    await expect.poll(() => page.getByTestId('profile-add').count(), { timeout: 30_000 }).toBe(1)
    expect(await text('profile-note')).not.toContain('opened without its passphrase')
    expect(await page.getByTestId('locale-select').isDisabled()).toBe(false)
    app.assertNoErrors()
  })
})

import { describe, expect, it } from 'vitest'
import { invoke, type Ctx } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'
import { tempPath } from '../tmp'

async function call<T>(ctx: Ctx, name: string, input: unknown): Promise<T> {
  const r = await invoke(ctx, name, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}

type Profiles = { active: { id: number; name: string; locked: boolean }; profiles: { id: number; hasPassphrase: boolean }[] }

describe('the admin passphrase', () => {
  it('is set explicitly, stored as a salted scrypt hash, and asked for when switching to the admin', async () => {
    const dbPath = tempPath()
    const ctx = createContext({ dbPath })
    const admin = (await call<Profiles>(ctx, 'profiles.list', {})).active
    const rep = await call<{ id: number }>(ctx, 'profiles.create', { name: 'Ingrid Rep', role: 'rep' })

    // Until one is set, the admin has none and switching to it asks for nothing.
    expect((await call<Profiles>(ctx, 'profiles.list', {})).profiles.find((p) => p.id === admin.id)?.hasPassphrase).toBe(false)
    expect(await invoke(ctx, 'profiles.setPassphrase', { passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'weak_passphrase' }
    })
    await call(ctx, 'profiles.setPassphrase', { passphrase: 'fjord gaver 2018' })

    const stored = ctx.db.prepare('SELECT passphrase FROM profiles WHERE id = ?').pluck().get(admin.id) as string
    expect(stored).not.toContain('fjord gaver 2018')
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/)

    await call(ctx, 'profiles.switch', { id: rep.id })
    expect(await invoke(ctx, 'profiles.setPassphrase', { passphrase: 'taking over now' })).toMatchObject({
      error: { code: 'forbidden' }
    })
    expect(await invoke(ctx, 'profiles.switch', { id: admin.id })).toEqual({
      ok: false,
      error: { code: 'passphrase_required', message: 'enter the passphrase of Administrator (Admin)' }
    })
    expect(await invoke(ctx, 'profiles.switch', { id: admin.id, passphrase: 'Fjord Gaver 2018' })).toEqual({
      ok: false,
      error: { code: 'wrong_passphrase', message: 'that is not the passphrase of Administrator (Admin)' }
    })
    expect((await call<Profiles>(ctx, 'profiles.list', {})).active.name).toBe('Ingrid Rep')

    await call(ctx, 'profiles.switch', { id: admin.id, passphrase: 'fjord gaver 2018' })
    expect((await call<Profiles>(ctx, 'profiles.list', {})).active).toMatchObject({ name: 'Administrator', locked: false })
    expect(await invoke(ctx, 'settings.save', { locale: 'nb' })).toMatchObject({ ok: true })

    // A second admin is given a passphrase as it is created.
    expect(await invoke(ctx, 'profiles.create', { name: 'Anna Admin', role: 'admin' })).toMatchObject({
      ok: false,
      error: { code: 'passphrase_required', message: 'an admin profile needs a passphrase' }
    })
    const anna = await call<{ id: number }>(ctx, 'profiles.create', {
      name: 'Anna Admin',
      role: 'admin',
      passphrase: 'nordlys 42x'
    })
    expect((await call<Profiles>(ctx, 'profiles.list', {})).profiles.find((p) => p.id === anna.id)?.hasPassphrase).toBe(true)

    // Changing it needs the current one.
    expect(await invoke(ctx, 'profiles.setPassphrase', { passphrase: 'a new passphrase' })).toMatchObject({
      error: { code: 'passphrase_required' }
    })
    await call(ctx, 'profiles.setPassphrase', { passphrase: 'a new passphrase', current: 'fjord gaver 2018' })
    const changed = ctx.db.prepare('SELECT passphrase FROM profiles WHERE id = ?').pluck().get(admin.id) as string
    expect(changed.split('$')[4]).not.toBe(stored.split('$')[4])
    ctx.db.close()
  })

  it('a session that opens as a protected admin reads, but changes nothing until the passphrase is entered', async () => {
    const dbPath = tempPath()
    const first = createContext({ dbPath })
    await call(first, 'profiles.setPassphrase', { passphrase: 'fjord gaver 2018' })
    first.db.close()

    const ctx = createContext({ dbPath })
    const { active } = await call<Profiles>(ctx, 'profiles.list', {})
    expect(active).toMatchObject({ name: 'Administrator', locked: true })
    expect(await invoke(ctx, 'merchants.table', {})).toMatchObject({ ok: true })
    for (const [route, input] of [
      ['settings.save', { locale: 'nb' }],
      ['profiles.create', { name: 'Eve', role: 'admin' }],
      ['merchants.create', { name: 'Sauna Oy', country: 'FI' }]
    ] as const)
      expect(await invoke(ctx, route, input), route).toMatchObject({ ok: false, error: { code: 'passphrase_required' } })
    expect(await invoke(ctx, 'profiles.switch', { id: active.id, passphrase: 'wrong guess' })).toMatchObject({
      error: { code: 'wrong_passphrase' }
    })
    await call(ctx, 'profiles.switch', { id: active.id, passphrase: 'fjord gaver 2018' })
    expect((await call<Profiles>(ctx, 'profiles.list', {})).active.locked).toBe(false)
    expect(await invoke(ctx, 'settings.save', { locale: 'nb' })).toMatchObject({ ok: true })
    ctx.db.close()
  })
})

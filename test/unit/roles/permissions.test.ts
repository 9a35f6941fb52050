import { beforeEach, describe, expect, it } from 'vitest'
import { invoke, routes, type Ctx } from '../../../src/core/api'
import { tempStore, fixture } from '../import/helpers'

let ctx: Ctx
const ids: Record<string, number> = {}

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await invoke(ctx, name, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}
const actAs = (name: string) => call('profiles.switch', { id: ids[name] })

/** Imports a fixture file as the acting profile, the way the Import screen does; returns the batch id. */
async function importAs(name: string, file: string): Promise<number> {
  await actAs(name)
  ctx.host = { ...ctx.host, pickFiles: async () => [fixture(file)] }
  await call('import.pick', {})
  return (await call<{ batchId: number }>('import.commit', { path: fixture(file) })).batchId
}

beforeEach(async () => {
  ctx = tempStore().ctx
  ids.Administrator = (await call<{ active: { id: number } }>('profiles.list', {})).active.id
  for (const [name, role] of [
    ['Ingrid Rep', 'rep'],
    ['Ola Rep', 'rep'],
    ['Mats Manager', 'manager']
  ] as const)
    ids[name] = (await call<{ id: number }>('profiles.create', { name, role })).id
})

const withNeeds = (...permissions: string[]) =>
  Object.entries(routes)
    .filter(([, r]) => r.access.needs && permissions.includes(r.access.needs))
    .map(([name]) => name)

describe('roles guard what each profile may change', () => {
  it('settings, exchange rates, demo data, go-live dates and profiles are the admin’s', async () => {
    const adminOnly = withNeeds('settings.edit', 'profiles.manage')
    expect(adminOnly).toEqual(
      expect.arrayContaining([
        'settings.save',
        'fx.import',
        'fx.setRate',
        'demo.load',
        'countries.setLiveDate',
        'profiles.create'
      ])
    )
    for (const name of ['Ingrid Rep', 'Mats Manager']) {
      await actAs(name)
      for (const route of adminOnly) {
        const r = await invoke(ctx, route, {})
        expect(r, route).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
    }
    await actAs('Ingrid Rep')
    expect(await invoke(ctx, 'settings.save', { locale: 'nb' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Ingrid Rep (Account rep) may not change settings (admins can)' }
    })
    expect(await invoke(ctx, 'fx.setRate', { currency: 'EUR', day: '2018-01-02', nokPerUnit: 99 })).toMatchObject({
      error: { code: 'forbidden' }
    })
    expect(ctx.db.prepare('SELECT COUNT(*) FROM fx_rates WHERE nok_per_unit = 99').pluck().get()).toBe(0)
    expect(ctx.db.prepare("SELECT COUNT(*) FROM settings WHERE key = 'locale'").pluck().get()).toBe(0)
    await actAs('Administrator')
    expect(await invoke(ctx, 'settings.save', { locale: 'nb' })).toMatchObject({ ok: true, value: { locale: 'nb' } })
  })

  it('a manager reads but imports, undoes and edits nothing', async () => {
    await actAs('Mats Manager')
    for (const route of withNeeds('imports.run', 'merchants.edit'))
      expect(await invoke(ctx, route, {}), route).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke(ctx, 'import.history', {})).toMatchObject({ ok: true })
    expect(await invoke(ctx, 'merchants.table', {})).toMatchObject({ ok: true })
  })

  it('a rep undoes their own import but not another’s; an admin undoes any', async () => {
    const ingrids = await importAs('Ingrid Rep', 'fi-crlf.csv')
    const olas = await importAs('Ola Rep', 'dk-latin1.csv')
    const history = await call<{ id: number }[]>('import.history', {})
    expect(history.map((b) => b.id).sort()).toEqual([ingrids, olas].sort())
    const owners = ctx.db.prepare('SELECT id, profile_id FROM import_batches ORDER BY id').raw().all()
    expect(owners).toEqual([
      [ingrids, ids['Ingrid Rep']],
      [olas, ids['Ola Rep']]
    ])

    expect(await invoke(ctx, 'import.undo', { batchId: ingrids })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Ola Rep (Account rep) may undo their own imports only' }
    })
    expect(await invoke(ctx, 'import.undo', { batchId: olas })).toMatchObject({ ok: true })
    await actAs('Administrator')
    expect(await invoke(ctx, 'import.undo', { batchId: ingrids })).toMatchObject({ ok: true })
    expect(ctx.db.prepare('SELECT COUNT(*) FROM transactions').pluck().get()).toBe(0)
  })

  it('an import the command line made is undone by an admin only', async () => {
    const batch = await importAs('Ingrid Rep', 'fi-crlf.csv')
    ctx.db.prepare('UPDATE import_batches SET profile_id = NULL WHERE id = ?').run(batch)
    expect(await invoke(ctx, 'import.undo', { batchId: batch })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await actAs('Administrator')
    expect(await invoke(ctx, 'import.undo', { batchId: batch })).toMatchObject({ ok: true })
  })
})

// The trail's triggers stop the app, not an SQL client: an event changed or removed with a raw connection (past
// the triggers) must show as a broken chain in the merchant page, the route and `kassa merchants verify-trail`.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'
import { createMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { fixture } from './helpers'

const ROOT = join(__dirname, '../../..')
const verifyCli = (db: string) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/kassa.mjs'), 'merchants', 'verify-trail', '--db', db], {
    encoding: 'utf8',
    cwd: ROOT
  })

/** A store with a few merchants and their history; returns the ids of the events, oldest first. */
function storeWithHistory() {
  const f = fixture()
  for (const name of ['Nordlys Suvenir', 'Fjord Kaffe', 'Bryggen Sølv']) {
    const r = createMerchant(f.db, f.rep, { name, country: 'NO' })
    if (!r.ok) throw new Error('create failed')
    updateMerchant(f.db, f.rep, r.merchant.id, { city: 'Bergen' }, null)
    updateMerchant(f.db, f.rep, r.merchant.id, { city: 'Bergen sentrum' }, 'moved')
  }
  const ids = (f.db.prepare('SELECT id FROM merchant_events ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  const file = f.db.name
  f.db.close()
  return { file, ids }
}

/** What an SQL client can do: drop the trigger that guards the trail, then run `sql`. */
function tamper(file: string, sql: string) {
  const raw = new Database(file)
  raw.exec('DROP TRIGGER merchant_events_no_update; DROP TRIGGER merchant_events_no_delete;')
  raw.exec(sql)
  raw.close()
}

describe('the audit trail is a hash chain', () => {
  it('verifies an untouched trail on the merchant page and in the CLI', async () => {
    const { file, ids } = storeWithHistory()
    const ctx = createContext({ dbPath: file })
    const merchant = (ctx.db.prepare('SELECT id FROM merchants ORDER BY id LIMIT 1').get() as { id: number }).id
    expect(await invoke(ctx, 'merchants.page', { id: merchant })).toMatchObject({
      ok: true,
      value: { trail: { verified: true, events: ids.length } }
    })
    ctx.db.close()
    const cli = verifyCli(file)
    expect(cli.stdout).toBe(`trail verified (${ids.length} events)\n`)
    expect(cli.status).toBe(0)
  })

  it('shows the first event changed through a raw SQL connection', async () => {
    const { file, ids } = storeWithHistory()
    const edited = ids[4]
    tamper(file, `UPDATE merchant_events SET profile_name = 'Someone Else' WHERE id = ${edited}`)

    const ctx = createContext({ dbPath: file })
    const merchant = (ctx.db.prepare('SELECT id FROM merchants ORDER BY id DESC LIMIT 1').get() as { id: number }).id
    expect(await invoke(ctx, 'merchants.page', { id: merchant })).toMatchObject({
      ok: true,
      value: { trail: { verified: false, brokenAt: edited } }
    })
    ctx.db.close()
    const cli = verifyCli(file)
    expect(cli.stdout).toMatch(new RegExp(`^trail broken at event ${edited} `))
    expect(cli.status).toBe(1)
  })

  it('shows a removed event at the event after it', () => {
    const { file, ids } = storeWithHistory()
    tamper(file, `DELETE FROM merchant_events WHERE id = ${ids[2]}`)
    const cli = verifyCli(file)
    expect(cli.stdout).toMatch(new RegExp(`^trail broken at event ${ids[3]} `))
    expect(cli.status).toBe(1)
  })

  it('sees an edit made by an SQL client while the app has the store open', async () => {
    const { file, ids } = storeWithHistory()
    const ctx = createContext({ dbPath: file })
    const merchant = (ctx.db.prepare('SELECT id FROM merchants ORDER BY id LIMIT 1').get() as { id: number }).id
    const page = async () =>
      ((await invoke(ctx, 'merchants.page', { id: merchant })) as { value: { trail: unknown } }).value.trail
    expect(await page()).toMatchObject({ verified: true })
    expect(await page()).toMatchObject({ verified: true })
    tamper(file, `UPDATE merchant_events SET note = 'changed' WHERE id = ${ids[1]}`)
    expect(await page()).toEqual({ verified: false, events: 1, brokenAt: ids[1] })
    ctx.db.close()
  })
})

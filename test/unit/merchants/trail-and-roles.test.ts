import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setChecklistItem, moveStage } from '../../../src/core/merchants/pipeline'
import { createProfile, switchProfile, activeProfile } from '../../../src/core/merchants/profiles'
import { createMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { timeline } from '../../../src/core/merchants/trail'
import { merchantPage } from '../../../src/core/analytics/merchant-page'
import { fixture } from './helpers'

describe('the audit trail is append-only', () => {
  it('UPDATE and DELETE on trail rows are refused by the database itself', () => {
    const { db, rep } = fixture()
    const r = createMerchant(db, rep, { name: 'Kept', country: 'NO' })
    if (!r.ok) throw new Error('create failed')
    expect(() => db.prepare("UPDATE merchant_events SET profile_name = 'someone else'").run()).toThrow(
      'the onboarding audit trail is append-only: entries cannot be changed'
    )
    expect(() => db.prepare('DELETE FROM merchant_events').run()).toThrow(
      'the onboarding audit trail is append-only: entries cannot be deleted'
    )
    expect(timeline(db, r.merchant.id).map((e) => e.profileName)).toEqual(['Ingrid Rep'])
  })

  it('deleting a merchant leaves its history and adds a deletion entry', () => {
    const { db, rep } = fixture()
    const r = createMerchant(db, rep, { name: 'Gone AS', country: 'NO' })
    if (!r.ok) throw new Error('create failed')
    db.prepare('DELETE FROM merchants WHERE id = ?').run(r.merchant.id)
    const kinds = db.prepare('SELECT kind, before FROM merchant_events WHERE merchant_id = ? ORDER BY id').all(r.merchant.id)
    expect(kinds).toEqual([
      { kind: 'created', before: null },
      { kind: 'deleted', before: 'Gone AS' }
    ])
  })

  it('no source file in core issues UPDATE or DELETE against the trail', () => {
    const root = join(__dirname, '../../../src/core')
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    const offenders = files(root).filter((f) => {
      const text = readFileSync(f, 'utf8')
      return /(UPDATE|DELETE\s+FROM|REPLACE\s+INTO|INSERT\s+OR\s+REPLACE\s+INTO)\s+merchant_events/i.test(
        text.replace(/CREATE TRIGGER[\s\S]*?END;/g, '')
      )
    })
    expect(offenders).toEqual([])
  })
})

describe('roles', () => {
  it('a merchant manager reads but may not edit; a rep may not manage profiles', () => {
    const { db, rep, manager } = fixture()
    expect(() => createMerchant(db, manager, { name: 'X', country: 'NO' })).toThrow(
      'Mats Manager (Merchant manager) may not edit merchants'
    )
    const r = createMerchant(db, rep, { name: 'Y', country: 'NO' })
    if (!r.ok) throw new Error('create failed')
    expect(() => updateMerchant(db, manager, r.merchant.id, { name: 'Z' })).toThrow('may not edit merchants')
    expect(() => setChecklistItem(db, manager, r.merchant.id, 'contact_identified', true)).toThrow('may not edit merchants')
    expect(() => moveStage(db, manager, r.merchant.id, 'rejected', 'x')).toThrow('may not edit merchants')
    expect(() => createProfile(db, rep, { name: 'New', role: 'admin' })).toThrow(
      'Ingrid Rep (Account rep) may not manage profiles'
    )
  })

  it('a profile name is taken whatever the case of its Nordic letters, and a rep profile joins the rep of its name', () => {
    const { db, admin } = fixture()
    const rep = Number(db.prepare("INSERT INTO reps (name) VALUES ('Åse Ødegård')").run().lastInsertRowid)
    expect(createProfile(db, admin, { name: 'ÅSE ØDEGÅRD', role: 'rep' }).repId).toBe(rep)
    expect(() => createProfile(db, admin, { name: 'åse ødegård', role: 'manager' })).toThrow(
      'a profile named åse ødegård already exists'
    )
  })

  it('switching profile changes who the trail records', () => {
    const { db, rep } = fixture()
    switchProfile(db, rep.id)
    const actor = activeProfile(db)
    expect(actor).toEqual(rep)
    const r = createMerchant(db, actor, { name: 'By rep', country: 'SE' })
    if (!r.ok) throw new Error('create failed')
    expect(timeline(db, r.merchant.id)[0].profileName).toBe('Ingrid Rep')
  })

  it('a rep profile is linked to the reps row of the same name', () => {
    const { db, rep } = fixture()
    expect(db.prepare('SELECT name FROM reps WHERE id = ?').get(rep.repId)).toEqual({ name: 'Ingrid Rep' })
  })
})

describe('sales on the merchant page', () => {
  it('managers see the sales of their own shops only; reps see every live merchant', async () => {
    const { db, dir, rep, manager } = fixture()
    const live = db.prepare(
      "INSERT INTO merchants (name, country, stage, rep_id, live_since, created_at) VALUES (?, 'NO', 'live', ?, '2018-04-01', 0) RETURNING id"
    )
    const own = (live.get('Own shop', manager.repId) as { id: number }).id
    const other = (live.get('Other shop', rep.repId) as { id: number }).id
    expect(await merchantPage(db, dir, manager, own)).toMatchObject({
      salesHidden: false,
      sales: { currency: 'NOK', from: '2018-04-01' }
    })
    expect(await merchantPage(db, dir, manager, other)).toMatchObject({ salesHidden: true, sales: null })
    expect((await merchantPage(db, dir, rep, own)).salesHidden).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { createMerchant, getMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { timeline } from '../../../src/core/merchants/trail'
import { fixture } from './helpers'

describe('creating merchants', () => {
  it('stores canonical values and shows the canonical business id', () => {
    const { db, rep } = fixture()
    const r = createMerchant(db, rep, {
      name: 'Nordlys Suvenir',
      country: 'NO',
      orgNumber: 'NO 988-077-917 MVA',
      postalCode: '0150',
      phone: '22 33 44 55',
      email: 'post@nordlys.no',
      iban: 'no93 8601 1117 947'
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.merchant).toMatchObject({
      orgNumber: '988 077 917',
      phone: '+4722334455',
      iban: 'NO93 8601 1117 947',
      stage: 'lead'
    })
    const raw = db.prepare('SELECT org_number, iban FROM merchants WHERE id = ?').get(r.merchant.id)
    expect(raw).toEqual({ org_number: '988077917', iban: 'NO9386011117947' })
  })

  it('returns one reason per invalid field and stores nothing', () => {
    const { db, rep } = fixture()
    const r = createMerchant(db, rep, {
      name: ' ',
      country: 'SE',
      orgNumber: '1234567891',
      postalCode: '123',
      iban: 'NO9386011117947'
    })
    expect(r).toEqual({
      ok: false,
      errors: {
        name: 'a name is required',
        orgNumber: '1234567891 fails the Swedish organisationsnummer check digit',
        postalCode: '123 is not a Swedish postal code: 5 digits expected',
        iban: 'NO9386011117947 is a NO account; payouts for a Swedish merchant need a SE IBAN'
      },
      existing: undefined
    })
    expect(db.prepare('SELECT COUNT(*) AS n FROM merchants').get()).toEqual({ n: 0 })
  })

  it('refuses a second merchant with the same business id in the same country and points at the first', () => {
    const { db, rep } = fixture()
    const first = createMerchant(db, rep, { name: 'Lille Havfrue ApS', country: 'DK', orgNumber: '13585628' })
    if (!first.ok) throw new Error('first failed')
    const second = createMerchant(db, rep, { name: 'Havfrue again', country: 'DK', orgNumber: 'DK 13 58 56 28' })
    expect(second).toEqual({
      ok: false,
      errors: { orgNumber: `13585628 is already registered: Lille Havfrue ApS (merchant #${first.merchant.id})` },
      existing: { id: first.merchant.id, name: 'Lille Havfrue ApS' }
    })
    // The same digits are no clash in another country's register.
    expect(createMerchant(db, rep, { name: 'Elsewhere', country: 'NO', orgNumber: '988077917' }).ok).toBe(true)
  })

  it('completes a merchant an import created with only name and country', () => {
    const { db, rep } = fixture()
    db.prepare("INSERT INTO merchants (name, country, created_at) VALUES ('Imported Oy', 'FI', 1)").run()
    const r = updateMerchant(db, rep, 1, { orgNumber: 'FI20774740', postalCode: '00100' })
    expect(r.ok && r.merchant).toMatchObject({ orgNumber: '2077474-0', postalCode: '00100', name: 'Imported Oy' })
  })
})

describe('editing merchants', () => {
  it('writes each changed field to the trail with before and after, and assignments by rep name', () => {
    const { db, rep, admin } = fixture()
    const r = createMerchant(db, rep, { name: 'Fjord Café', country: 'NO' }, 1000)
    if (!r.ok) throw new Error('create failed')
    updateMerchant(
      db,
      admin,
      r.merchant.id,
      { name: 'Fjord Kafé', orgNumber: '988077917', repId: rep.repId },
      'renamed after call',
      2000
    )
    const events = timeline(db, r.merchant.id).map((e) => [e.profileName, e.kind, e.field, e.before, e.after, e.note])
    expect(events).toEqual([
      ['Ingrid Rep', 'created', null, null, 'Fjord Café', null],
      ['Administrator', 'field', 'name', 'Fjord Café', 'Fjord Kafé', 'renamed after call'],
      ['Administrator', 'field', 'orgNumber', null, '988 077 917', 'renamed after call'],
      ['Administrator', 'assignment', 'repId', null, 'Ingrid Rep', 'renamed after call']
    ])
    expect(getMerchant(db, r.merchant.id).rep).toBe('Ingrid Rep')
  })

  it('an edit that changes nothing writes nothing', () => {
    const { db, rep } = fixture()
    const r = createMerchant(db, rep, { name: 'Same', country: 'DK', orgNumber: '13585628' })
    if (!r.ok) throw new Error('create failed')
    updateMerchant(db, rep, r.merchant.id, { orgNumber: 'DK13585628', name: 'Same' })
    expect(timeline(db, r.merchant.id)).toHaveLength(1)
  })
})

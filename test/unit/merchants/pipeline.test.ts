import { describe, expect, it } from 'vitest'
import { setAlipayLiveDate } from '../../../src/core/merchants/countries'
import { moveStage, setChecklistItem } from '../../../src/core/merchants/pipeline'
import type { Actor } from '../../../src/core/merchants/profiles'
import { createMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { CHECKLISTS, MAIN_STAGES, type MainStage } from '../../../src/core/merchants/stages'
import { timeline } from '../../../src/core/merchants/trail'
import type { Db } from '../../../src/core/db/open'
import { day, fixture } from './helpers'

let partner = 0
function merchant(db: Db, actor: Actor, country: 'DK' | 'NO' | 'SE' | 'FI', name = 'Shop') {
  const alipayPartnerId = `2088${String(++partner).padStart(12, '0')}`
  const r = createMerchant(db, actor, { name, country, alipayPartnerId }, day('2018-01-02'))
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.merchant.id
}

/** Ticks every required item of the stages before `target`. */
function completeUpTo(db: Db, actor: Actor, id: number, target: MainStage) {
  for (const stage of MAIN_STAGES.slice(0, MAIN_STAGES.indexOf(target))) {
    for (const item of CHECKLISTS[stage])
      if (item.required) setChecklistItem(db, actor, id, item.key, true, null, day('2018-01-03'))
  }
}

describe('stage rules', () => {
  it('cannot advance while a required item is open, and the refusal names the open items', () => {
    const { db, rep } = fixture()
    const id = merchant(db, rep, 'NO', 'Bergen Bunad')
    expect(() => moveStage(db, rep, id, 'contacted')).toThrow(
      'Bergen Bunad cannot move to Contacted: open items Contact person identified (Lead)'
    )
    setChecklistItem(db, rep, id, 'contact_identified', true)
    expect(moveStage(db, rep, id, 'contacted').stage).toBe('contacted')
  })

  it('a jump cannot skip the work of the stages in between', () => {
    const { db, rep } = fixture()
    const id = merchant(db, rep, 'SE', 'Gamla Stan Te')
    setChecklistItem(db, rep, id, 'contact_identified', true)
    setChecklistItem(db, rep, id, 'intro_meeting', true)
    expect(() => moveStage(db, rep, id, 'kyc')).toThrow(
      'Gamla Stan Te cannot move to Documents & KYC review: open items Application form received (Application), Signatory ID (Application), Proof of registration (Application)'
    )
  })

  it('moving back is always allowed', () => {
    const { db, rep } = fixture()
    const id = merchant(db, rep, 'DK')
    completeUpTo(db, rep, id, 'application')
    moveStage(db, rep, id, 'application')
    expect(moveStage(db, rep, id, 'lead').stage).toBe('lead')
  })

  it('side states need a reason; churn only follows live', () => {
    const { db, rep } = fixture()
    const id = merchant(db, rep, 'DK', 'Tivoli Is')
    expect(() => moveStage(db, rep, id, 'on_hold', '  ')).toThrow('moving Tivoli Is to On hold needs a reason')
    expect(() => moveStage(db, rep, id, 'churned', 'closed')).toThrow('Tivoli Is was never live, so it cannot churn')
    moveStage(db, rep, id, 'rejected', 'no Chinese visitors')
    const row = db.prepare('SELECT stage, stage_reason AS reason FROM merchants WHERE id = ?').get(id)
    expect(row).toEqual({ stage: 'rejected', reason: 'no Chinese visitors' })
  })
})

describe('go-live gating by country', () => {
  it('Finland is refused while its date is unset and allowed after an admin sets it', () => {
    const { db, rep, admin } = fixture()
    const id = merchant(db, rep, 'FI', 'Helsinki Design')
    completeUpTo(db, rep, id, 'live')
    moveStage(db, rep, id, 'setup', null, day('2018-05-01'))
    expect(() => moveStage(db, rep, id, 'live', null, day('2018-05-02'))).toThrow(
      'Helsinki Design cannot go live: Alipay is not live in Finland yet (no go-live date set); an admin can set the date in Settings'
    )
    expect(() => setAlipayLiveDate(db, rep, 'FI', '2018-06-01')).toThrow(
      'Ingrid Rep (Account rep) may not change settings (admins can)'
    )
    setAlipayLiveDate(db, admin, 'FI', '2018-06-01')
    expect(() => moveStage(db, rep, id, 'live', null, day('2018-05-31'))).toThrow(
      'Helsinki Design cannot go live: Alipay goes live in Finland on 2018-06-01; today is 2018-05-31'
    )
    const live = moveStage(db, rep, id, 'live', null, day('2018-06-01'))
    expect(live).toMatchObject({ stage: 'live', liveSince: '2018-06-01' })
  })

  it('Denmark went live on 2018-03-26', () => {
    const { db, rep } = fixture()
    const id = merchant(db, rep, 'DK')
    completeUpTo(db, rep, id, 'live')
    expect(() => moveStage(db, rep, id, 'live', null, day('2018-03-25'))).toThrow(
      'Alipay goes live in Denmark on 2018-03-26; today is 2018-03-25'
    )
    expect(moveStage(db, rep, id, 'live', null, day('2018-03-26')).liveSince).toBe('2018-03-26')
  })
})

describe('Alipay partner id', () => {
  it('a merchant cannot go live without one, and it must look like one', () => {
    const { db, rep } = fixture()
    const r = createMerchant(db, rep, { name: 'No PID', country: 'DK' })
    if (!r.ok) throw new Error('create failed')
    completeUpTo(db, rep, r.merchant.id, 'live')
    expect(() => moveStage(db, rep, r.merchant.id, 'live', null, day('2018-04-02'))).toThrow(
      'No PID cannot go live: record its Alipay partner id first (set up in Setup)'
    )
    expect(updateMerchant(db, rep, r.merchant.id, { alipayPartnerId: '1234' })).toMatchObject({
      ok: false,
      errors: { alipayPartnerId: '1234 is not an Alipay partner id: 16 digits starting with 2088 expected' }
    })
    expect(updateMerchant(db, rep, r.merchant.id, { alipayPartnerId: '2088 1234 5678 9012' }).ok).toBe(true)
    expect(moveStage(db, rep, r.merchant.id, 'live', null, day('2018-04-02')).stage).toBe('live')
  })
})

describe('the trail of a move', () => {
  it('records who moved what, from where to where, and the reason', () => {
    const { db, rep } = fixture()
    const id = merchant(db, rep, 'NO', 'Tromsø Nordlys')
    setChecklistItem(db, rep, id, 'contact_identified', true, null, day('2018-01-05'))
    moveStage(db, rep, id, 'on_hold', 'owner on holiday', day('2018-01-06'))
    const rows = timeline(db, id).map((e) => [e.profileName, e.kind, e.field, e.before, e.after, e.note])
    expect(rows).toEqual([
      ['Ingrid Rep', 'created', null, null, 'Tromsø Nordlys', null],
      ['Ingrid Rep', 'checklist', 'contact_identified', 'open', 'done', 'Contact person identified'],
      ['Ingrid Rep', 'stage', 'stage', 'lead', 'on_hold', 'owner on holiday']
    ])
  })
})

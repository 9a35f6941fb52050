import { describe, expect, it } from 'vitest'
import { adoptUntrackedMerchants } from '../../../src/core/merchants/adopt'
import { checklist, moveStage } from '../../../src/core/merchants/pipeline'
import { timeline } from '../../../src/core/merchants/trail'
import { merchantTable } from '../../../src/core/merchants/table'
import { day, fixture } from './helpers'

describe('merchants created outside onboarding (imports, demo)', () => {
  it('join the trail once, with the work of the stages they already passed ticked by "system"', () => {
    const { db, rep } = fixture()
    const insert = db.prepare("INSERT INTO merchants (name, country, stage, created_at) VALUES (?, 'SE', ?, ?) RETURNING id")
    const kyc = (insert.get('Mid-way AB', 'kyc', day('2018-02-01')) as { id: number }).id
    const lead = (insert.get('Just imported AB', 'lead', day('2018-02-01')) as { id: number }).id
    expect(adoptUntrackedMerchants(db, day('2018-03-01'))).toBe(2)
    expect(adoptUntrackedMerchants(db, day('2018-03-02'))).toBe(0)

    const done = checklist(db, kyc)
      .filter((i) => i.done)
      .map((i) => i.key)
    expect(done).toEqual(['contact_identified', 'intro_meeting', 'application_form', 'signatory_id', 'proof_of_registration'])
    expect(timeline(db, kyc)[0]).toMatchObject({ profileName: 'system', kind: 'created', at: day('2018-02-01') })
    expect(timeline(db, kyc)).toHaveLength(6)
    expect(new Set(timeline(db, kyc).map((e) => e.at))).toEqual(new Set([day('2018-02-01')]))
    expect(timeline(db, kyc)[1].note).toBe(
      'Contact person identified: stage reached before onboarding tracked it; adopted 2018-03-01'
    )
    expect(timeline(db, lead).map((e) => e.kind)).toEqual(['created'])

    // Its own stage's work is still required before it moves on.
    expect(() => moveStage(db, rep, kyc, 'contract')).toThrow(
      'open items Bank account confirmation (Documents & KYC review), KYC review approved'
    )
  })
})

describe('stage since for merchants created outside onboarding', () => {
  it('a live merchant counts from its go-live day, others from creation', () => {
    const { db } = fixture()
    db.prepare(
      "INSERT INTO merchants (name, country, stage, live_since, created_at) VALUES ('Live AS', 'NO', 'live', '2018-04-01', ?)"
    ).run(day('2018-01-01'))
    db.prepare("INSERT INTO merchants (name, country, stage, created_at) VALUES ('Lead AS', 'NO', 'lead', ?)").run(
      day('2018-01-01')
    )
    const rows = merchantTable(db, {}, day('2018-04-11')).map((r) => [r.name, r.stageSince, r.daysInStage])
    expect(rows).toEqual([
      ['Lead AS', day('2018-01-01'), 100],
      ['Live AS', Date.parse('2018-04-01T00:00:00Z'), 10]
    ])
  })
})

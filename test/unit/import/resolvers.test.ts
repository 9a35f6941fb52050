import { describe, expect, it } from 'vitest'
import { MerchantResolver, StoreResolver, creatorFor } from '../../../src/core/import/merchants'
import { tempStore } from './helpers'

describe('merchant and store look-ups by cell text', () => {
  it('finds one merchant however its name is written, and refuses a new one without a country every time', () => {
    const { db } = tempStore()
    const merchants = new MerchantResolver(db, creatorFor(db))
    const first = merchants.named('Kafé Ø', undefined, 'NOK')
    expect(first).toMatchObject({ name: 'Kafé Ø', country: 'NO', isNew: true })
    expect(merchants.named(' kafé ø ', undefined, undefined)).toBe(first)
    expect(merchants.named('Kafé Ø', 'SE', 'SEK')).toBe(first)
    const refusal = 'cannot tell which country the new merchant "Bakeri" is in (no country column, currency missing)'
    expect(merchants.named('Bakeri', undefined, undefined)).toBe(refusal)
    expect(merchants.named('Bakeri', undefined, undefined)).toBe(refusal)
    expect(merchants.named('Bakeri', 'DK', undefined)).toMatchObject({ name: 'Bakeri', country: 'DK' })
    expect(db.prepare('SELECT name, country FROM merchants ORDER BY id').all()).toEqual([
      { name: 'Kafé Ø', country: 'NO' },
      { name: 'Bakeri', country: 'DK' }
    ])
  })

  it('finds a merchant whatever the case of its Nordic letters, its spaces or its Unicode form (NOCASE folds ASCII only)', () => {
    const { db } = tempStore()
    const first = new MerchantResolver(db, creatorFor(db)).named('Æblegården Østerbro', undefined, 'DKK')
    // A later file, with its own resolver: upper case, doubled spaces, and "å" written as "a" + ring as a Mac may save it.
    const later = new MerchantResolver(db, creatorFor(db))
    for (const spelling of ['ÆBLEGÅRDEN ØSTERBRO', 'æblegården  østerbro', 'Æblega\u030Arden Østerbro'])
      expect(later.named(spelling, undefined, 'DKK')).toMatchObject({
        id: (first as { id: number }).id,
        name: 'Æblegården Østerbro'
      })
    const decomposed = later.named('Kafe\u0301 Å', undefined, 'NOK')
    expect(decomposed).toMatchObject({ name: 'Kafé Å', isNew: true })
    expect(db.prepare('SELECT name FROM merchants ORDER BY id').pluck().all()).toEqual(['Æblegården Østerbro', 'Kafé Å'])
  })

  it('finds a store whatever the case of its name, and keeps sending each spelling where it went before', () => {
    const { db } = tempStore()
    // A store from before names were folded: one name spelled two ways became two merchants, and two stores.
    const merchant = db.prepare('INSERT INTO merchants (name, country, created_at) VALUES (?, ?, 1)')
    const upper = Number(merchant.run('KIOSK ØST', 'NO').lastInsertRowid)
    const lower = Number(merchant.run('kiosk øst', 'NO').lastInsertRowid)
    const store = db.prepare('INSERT INTO stores (merchant_id, name) VALUES (?, ?)')
    const nord = Number(store.run(upper, 'Nord').lastInsertRowid)
    const shouted = Number(store.run(upper, 'NORD').lastInsertRowid)
    const merchants = new MerchantResolver(db, creatorFor(db))
    expect(merchants.named('kiosk øst', undefined, 'NOK')).toMatchObject({ id: lower })
    expect(merchants.named('Kiosk ØST', undefined, 'NOK')).toMatchObject({ id: upper })
    expect(merchants.named('kiosk Øst', undefined, 'NOK')).toMatchObject({ id: upper })
    const stores = new StoreResolver(db, creatorFor(db))
    expect([stores.id(upper, 'Nord'), stores.id(upper, 'NORD'), stores.id(upper, 'nord')]).toEqual([nord, shouted, nord])
    const sentrum = stores.id(upper, 'Sentrum Øst')
    expect(new StoreResolver(db, creatorFor(db)).id(upper, 'SENTRUM ØST')).toBe(sentrum)
    expect(db.prepare('SELECT COUNT(*) AS n FROM merchants').get()).toEqual({ n: 2 })
    expect(db.prepare('SELECT COUNT(*) AS n FROM stores').get()).toEqual({ n: 3 })
  })

  it('keeps stores of the same name apart per merchant', () => {
    const { db } = tempStore()
    const merchants = new MerchantResolver(db, creatorFor(db))
    const stores = new StoreResolver(db, creatorFor(db))
    const a = merchants.named('A', 'NO', undefined) as { id: number }
    const b = merchants.named('B', 'NO', undefined) as { id: number }
    const storeA = stores.id(a.id, 'Sentrum')
    const storeB = stores.id(b.id, 'Sentrum')
    expect(storeA).not.toBe(storeB)
    expect([stores.id(a.id, 'Sentrum'), stores.id(b.id, 'Sentrum')]).toEqual([storeA, storeB])
    expect(new StoreResolver(db).id(a.id, 'Sentrum')).toBe(storeA)
    expect(new StoreResolver(db).id(a.id, 'Nord')).toBeNull()
  })
})

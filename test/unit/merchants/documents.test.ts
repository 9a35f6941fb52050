import { appendFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attachDocument, documentPathToOpen, verifyDocuments } from '../../../src/core/merchants/documents'
import { checklist } from '../../../src/core/merchants/pipeline'
import { createMerchant } from '../../../src/core/merchants/service'
import { addStore, addTerminal } from '../../../src/core/merchants/terminals'
import { timeline } from '../../../src/core/merchants/trail'
import { fixture } from './helpers'

describe('documents', () => {
  it('copies the file into the data folder with its SHA-256 and reports a missing or altered copy', async () => {
    const { db, dir, rep } = fixture()
    const r = createMerchant(db, rep, { name: 'Doc Shop', country: 'NO' })
    if (!r.ok) throw new Error('create failed')
    const source = join(dir, 'passport.txt')
    writeFileSync(source, 'abc')
    const dataDir = join(dir, 'data')
    const doc = await attachDocument(db, dataDir, rep, r.merchant.id, source, 'signatory_id')
    // SHA-256 of "abc", a published test vector.
    expect(doc).toMatchObject({
      fileName: 'passport.txt',
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      addedBy: 'Ingrid Rep'
    })
    rmSync(source)
    const path = await documentPathToOpen(db, dataDir, doc.id)
    expect((await verifyDocuments(db, dataDir, r.merchant.id)).map((d) => d.status)).toEqual(['ok'])
    expect(checklist(db, r.merchant.id).find((i) => i.key === 'signatory_id')?.documents).toBe(1)

    appendFileSync(path, 'x')
    expect((await verifyDocuments(db, dataDir, r.merchant.id)).map((d) => d.status)).toEqual(['altered'])
    await expect(documentPathToOpen(db, dataDir, doc.id)).rejects.toThrow('passport.txt was altered after it was attached')
    rmSync(path)
    expect((await verifyDocuments(db, dataDir, r.merchant.id)).map((d) => d.status)).toEqual(['missing'])
    await expect(documentPathToOpen(db, dataDir, doc.id)).rejects.toThrow('passport.txt is missing from the data folder')
  })

  it('refuses an unknown checklist item and a file that does not exist', async () => {
    const { db, dir, rep } = fixture()
    const r = createMerchant(db, rep, { name: 'Doc Shop', country: 'NO' })
    if (!r.ok) throw new Error('create failed')
    await expect(attachDocument(db, dir, rep, r.merchant.id, join(dir, 'nope.pdf'), null)).rejects.toThrow(
      'nope.pdf is not a readable file'
    )
    await expect(attachDocument(db, dir, rep, r.merchant.id, join(dir, 'kassa.sqlite'), 'passport')).rejects.toThrow(
      'no checklist item "passport"'
    )
  })
})

describe('stores and terminals', () => {
  it('adds a store and a QR stand to it, both on the trail; refuses duplicates and foreign stores', () => {
    const { db, rep } = fixture()
    const a = createMerchant(db, rep, { name: 'A', country: 'NO' })
    const b = createMerchant(db, rep, { name: 'B', country: 'NO' })
    if (!a.ok || !b.ok) throw new Error('create failed')
    const store = addStore(db, rep, a.merchant.id, { name: 'Karl Johan', city: 'Oslo' })
    addTerminal(db, rep, a.merchant.id, { kind: 'qr', serial: 'QR-001', storeId: store, installedOn: '2018-04-10' })
    expect(() => addStore(db, rep, a.merchant.id, { name: 'Karl Johan' })).toThrow(
      'Karl Johan is already a store of this merchant'
    )
    expect(() => addTerminal(db, rep, a.merchant.id, { kind: 'terminal', serial: 'QR-001' })).toThrow(
      'QR-001 is already registered'
    )
    expect(() => addTerminal(db, rep, b.merchant.id, { kind: 'terminal', serial: 'T1', storeId: store })).toThrow(
      `store #${store} does not belong to merchant #${b.merchant.id}`
    )
    expect(timeline(db, a.merchant.id).map((e) => [e.kind, e.field, e.after])).toEqual([
      ['created', null, 'A'],
      ['store', null, 'Karl Johan, Oslo'],
      ['terminal', 'qr', 'QR-001']
    ])
  })
})

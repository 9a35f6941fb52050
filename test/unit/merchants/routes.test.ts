import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'

function ctx() {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-merchant-routes-'))
  const file = join(dir, 'contract.txt')
  writeFileSync(file, 'signed')
  const opened: string[] = []
  const c = createContext({
    dbPath: join(dir, 'kassa.sqlite'),
    host: { pickFiles: async () => [file], pickSavePath: async () => null, openPath: async (p) => void opened.push(p) }
  })
  return { c, opened }
}

describe('merchant routes', () => {
  it('create, tick, move, refusal as {code, message}, attach and open a document', async () => {
    const { c, opened } = ctx()
    const created = await invoke(c, 'merchants.create', { name: 'Sauna Oy', country: 'FI', orgNumber: '2077474-0' })
    expect(created).toMatchObject({ ok: true, value: { ok: true, merchant: { orgNumber: '2077474-0', stage: 'lead' } } })
    const id = (created as { value: { merchant: { id: number } } }).value.merchant.id

    const refused = await invoke(c, 'merchants.move', { id, stage: 'contacted' })
    expect(refused).toEqual({
      ok: false,
      error: { code: 'stage_refused', message: 'Sauna Oy cannot move to Contacted: open items Contact person identified (Lead)' }
    })
    expect(await invoke(c, 'merchants.checklist.set', { id, item: 'contact_identified', done: true })).toMatchObject({ ok: true })
    expect(await invoke(c, 'merchants.move', { id, stage: 'contacted' })).toMatchObject({
      ok: true,
      value: { stage: 'contacted' }
    })

    const attached = await invoke(c, 'merchants.documents.attach', { id, item: 'signed_contract' })
    expect(attached).toMatchObject({ ok: true, value: [{ fileName: 'contract.txt', size: 6 }] })
    const docId = (attached as { value: { id: number }[] }).value[0].id
    await invoke(c, 'merchants.documents.open', { documentId: docId })
    expect(opened).toHaveLength(1)
    expect(opened[0]).toContain(join('documents', `${id}-`))

    const page = await invoke(c, 'merchants.page', { id })
    expect(page).toMatchObject({ ok: true, value: { merchant: { name: 'Sauna Oy' }, sales: null } })
    const value = (page as { value: { timeline: { kind: string }[]; moves: { stage: string; refusal: string | null }[] } }).value
    expect(value.timeline.map((e) => e.kind)).toEqual(['created', 'checklist', 'stage', 'document'])
    expect(value.moves.find((m) => m.stage === 'lead')?.refusal).toBeNull()
  })

  it('go-live dates: admins set them, other roles are refused', async () => {
    const { c } = ctx()
    const rep = await invoke(c, 'profiles.create', { name: 'Rep One', role: 'rep' })
    expect(rep).toMatchObject({ ok: true })
    await invoke(c, 'profiles.switch', { id: (rep as { value: { id: number } }).value.id })
    expect(await invoke(c, 'countries.setLiveDate', { country: 'FI', date: '2018-09-01' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Rep One (Account rep) may not change settings (admins can)' }
    })
    await invoke(c, 'profiles.switch', { id: 1 })
    expect(await invoke(c, 'countries.setLiveDate', { country: 'FI', date: '2018-09-01' })).toMatchObject({
      ok: true,
      value: { code: 'FI', alipayLiveDate: '2018-09-01' }
    })
  })
})

describe('merchant list import routes', () => {
  it('commits only a file the dialog picked', async () => {
    const { c } = ctx()
    expect(await invoke(c, 'merchants.import.commit', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'not_picked', message: 'choose the file again in the import dialog' }
    })
  })
})

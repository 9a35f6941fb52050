// One allow-list for the files the renderer may name: those the user picked or dropped, in that window's session.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { invoke } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'

const dir = mkdtempSync(join(tmpdir(), 'kassa-picked-'))
const merchants = join(dir, 'merchants.csv')
writeFileSync(merchants, 'name,country\nSauna Oy,FI\n')
const sales = join(dir, 'sales.csv')
writeFileSync(sales, 'date,amount,currency,merchant,method\n2018-06-01 10:00,100.00,NOK,Fjord Gaver,card\n')

function session(picks: string[]) {
  return createContext({
    dbPath: join(dir, 'kassa.sqlite'),
    host: { pickFiles: async () => picks, pickSavePath: async () => null, openPath: async () => {} }
  })
}

describe('picked files', () => {
  it('a file picked in one session is not accepted in another', async () => {
    const one = session([merchants])
    const other = session([])
    expect(await invoke(one, 'merchants.import.pick', {})).toMatchObject({ ok: true, value: { path: merchants } })
    expect(await invoke(other, 'merchants.import.commit', { path: merchants })).toEqual({
      ok: false,
      error: { code: 'not_picked', message: 'choose the file again in the import dialog' }
    })
    expect(await invoke(one, 'merchants.import.commit', { path: merchants })).toMatchObject({ ok: true, value: { imported: 1 } })
    one.db.close()
    other.db.close()
  })

  it('a transaction file picked in the dialog previews; one never picked does not', async () => {
    const ctx = session([sales])
    expect(await invoke(ctx, 'import.preview', { path: sales })).toMatchObject({ ok: false, error: { code: 'not_picked' } })
    expect(await invoke(ctx, 'import.pick', {})).toEqual({ ok: true, value: [sales] })
    expect(await invoke(ctx, 'import.preview', { path: sales })).toMatchObject({ ok: true })
    ctx.db.close()
  })
})

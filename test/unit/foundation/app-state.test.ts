// The window's start question: is the store empty (welcome screen) and where is it, answered without counting rows.
import { afterEach, describe, expect, it } from 'vitest'
import { invoke, type Ctx } from '../../../src/core/api'
import { createContext } from '../../../src/core/context'
import { addMerchant } from '../analytics/fixture'
import { tempPath } from '../tmp'

const open: Ctx[] = []
afterEach(() => {
  for (const ctx of open.splice(0)) if (ctx.db.open) ctx.db.close()
})

describe('app.state', () => {
  it('says a new store is empty, and no longer once it holds a merchant or transactions', async () => {
    const ctx = createContext({ dbPath: tempPath() })
    open.push(ctx)
    expect(await invoke(ctx, 'app.state', {})).toEqual({ ok: true, value: { empty: true, dbPath: ctx.dbPath } })

    addMerchant(ctx.db, 'Fjord Kafé', 'NO')
    expect(await invoke(ctx, 'app.state', {})).toEqual({ ok: true, value: { empty: false, dbPath: ctx.dbPath } })

    const demo = createContext({ dbPath: tempPath() })
    open.push(demo)
    await invoke(demo, 'demo.load', { transactions: 300, seed: 3 })
    expect(await invoke(demo, 'app.state', {})).toMatchObject({ ok: true, value: { empty: false } })
    expect(await invoke(demo, 'app.status', {})).toMatchObject({ ok: true, value: { empty: false } })
  })
})

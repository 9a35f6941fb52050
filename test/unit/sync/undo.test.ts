import { describe, expect, it } from 'vitest'
import { listBatches, undoBatch } from '../../../src/core/import/batches'
import { importFile } from '../../../src/core/import/pipeline'
import { timeline } from '../../../src/core/merchants/trail'
import { count, total, writeExport } from './exports'
import { localStore, useCluster, type LocalStore } from './helpers'

const team = useCluster()

const kiosk = (s: LocalStore) => s.db.prepare("SELECT id FROM merchants WHERE name = 'Fjellkiosken'").pluck().get() as number
const undoEntries = (s: LocalStore) => timeline(s.db, kiosk(s)).filter((e) => e.kind === 'import_undone')
const batchOf = (s: LocalStore, month: string) => listBatches(s.db).find((b) => b.fileName === `kiosk-2018-${month}.csv`)!

describe('undone imports shared through the team store', () => {
  it('takes an import undone on one store out of every other store, rollups and trail included', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, b] = [localStore(), localStore()]
    importFile(a.db, writeExport(a, 300, '04'), { acceptDefaults: true })
    importFile(a.db, writeExport(a, 120, '05'), { acceptDefaults: true })
    await a.sync(url)
    await b.sync(url)
    expect(count(b)).toBe(420)

    undoBatch(a.db, batchOf(a, '05').id, a.admin)
    expect(count(a)).toBe(300)
    await a.sync(url)
    await b.sync(url)
    await a.sync(url)

    expect(team.cluster().psql('SELECT undone, undone_by FROM kassa.batches WHERE rows = 120', db).trim()).toBe(
      `t|${a.admin.name}`
    )
    expect(count(b)).toBe(300)
    expect(total(b)).toEqual(total(a))
    expect(batchOf(b, '05').status).toBe('undone')
    const [onA] = undoEntries(a)
    expect(onA).toMatchObject({ profileName: a.admin.name, after: 'kiosk-2018-05.csv', note: '120 transactions removed' })
    for (const s of [a, b])
      expect(undoEntries(s)).toEqual([{ ...onA, id: expect.any(Number), profileId: s === a ? onA.profileId : null }])
    expect(team.cluster().psql("SELECT COUNT(*) FROM kassa.events WHERE kind = 'import_undone'", db).trim()).toBe('1')

    // A member joining later never receives the undone file.
    const c = localStore()
    await c.sync(url)
    expect(count(c)).toBe(300)
    expect(total(c)).toEqual(total(a))
  })

  it('does not bring an undone file back from a store that imported it offline', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, b] = [localStore(), localStore()]
    importFile(a.db, writeExport(a, 200), { acceptDefaults: true })
    importFile(b.db, writeExport(b, 200), { acceptDefaults: true })
    await a.sync(url)
    undoBatch(a.db, batchOf(a, '04').id, a.admin)
    await a.sync(url)

    await b.sync(url)
    await a.sync(url)
    expect(team.cluster().psql('SELECT undone, received FROM kassa.batches', db).trim()).toBe('t|200')
    expect(count(b)).toBe(0)
    expect(batchOf(b, '04').status).toBe('undone')
    expect(count(a)).toBe(0)
    expect(undoEntries(b)).toHaveLength(1)
  })

  it('brings a team store made before undone imports up to date in place, keeping its files', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, b] = [localStore(), localStore()]
    importFile(a.db, writeExport(a, 150), { acceptDefaults: true })
    await a.sync(url)
    // The server as the first version left it.
    team
      .cluster()
      .psql(
        'ALTER TABLE kassa.batches DROP COLUMN undone, DROP COLUMN undone_by, DROP COLUMN undone_at; DELETE FROM kassa.schema_versions WHERE version > 1',
        db
      )

    await b.sync(url)
    expect(
      team.cluster().psql("SELECT string_agg(version::text, ',' ORDER BY version) FROM kassa.schema_versions", db).trim()
    ).toBe('1,2')
    expect(team.cluster().psql('SELECT complete, undone, rows FROM kassa.batches', db).trim()).toBe('t|f|150')
    expect(count(b)).toBe(150)
    expect(total(b)).toEqual(total(a))

    undoBatch(b.db, batchOf(b, '04').id, b.admin)
    await b.sync(url)
    await a.sync(url)
    expect(count(a)).toBe(0)
  })
})

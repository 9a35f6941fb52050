import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/core/import/pipeline'
import { count, total, writeExport } from './exports'
import { localStore, useCluster } from './helpers'

const team = useCluster()

describe('imported files shared through the team store', () => {
  it('sends a file two members both imported once, and a third member gets its rows and totals once', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, b, c] = [localStore(), localStore(), localStore()]
    importFile(a.db, writeExport(a, 300), { acceptDefaults: true })
    importFile(b.db, writeExport(b, 300), { acceptDefaults: true })
    expect(count(a)).toBe(300)
    expect(total(a)).toMatchObject({ rollup: expect.any(Number), cube: expect.any(Number) })
    await a.sync(url)
    await b.sync(url)
    await c.sync(url)
    await b.sync(url)
    expect(team.cluster().psql('SELECT COUNT(*), SUM(rows) FROM kassa.batches', db).trim()).toBe('1|300')
    expect(team.cluster().psql('SELECT COUNT(*) FROM kassa.transactions', db).trim()).toBe('300')
    for (const s of [a, b, c]) {
      expect(count(s)).toBe(300)
      expect(total(s)).toEqual(total(a))
      expect(s.db.prepare("SELECT COUNT(*) FROM merchants WHERE name = 'Fjellkiosken'").pluck().get()).toBe(1)
    }

    // A smaller file into a store that holds rows already is added to its rollups, not rebuilt.
    importFile(b.db, writeExport(b, 50, '05'), { acceptDefaults: true })
    await b.sync(url)
    await a.sync(url)
    expect(count(a)).toBe(350)
    expect(total(a)).toEqual(total(b))
  })

  it('goes on after the last committed chunk when the connection is killed mid-file', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, c] = [localStore(), localStore()]
    importFile(a.db, writeExport(a, 2000), { acceptDefaults: true })
    let chunks = 0
    const killAfterTwo = () => {
      if (++chunks === 2)
        team
          .cluster()
          .psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db}' AND pid <> pg_backend_pid()`)
    }
    await expect(a.sync(url, { chunkRows: 250, onProgress: killAfterTwo })).rejects.toMatchObject({
      code: 'sync_connection_lost'
    })
    expect(team.cluster().psql('SELECT received, complete FROM kassa.batches', db).trim()).toBe('500|f')

    // Not complete: nobody receives half a file.
    await c.sync(url)
    expect(count(c)).toBe(0)

    const resumedFrom: number[] = []
    await a.sync(url, { chunkRows: 250, onProgress: (p) => resumedFrom.push(p.rows) })
    expect(resumedFrom[0]).toBe(750)
    expect(team.cluster().psql('SELECT received, complete FROM kassa.batches', db).trim()).toBe('2000|t')
    expect(team.cluster().psql('SELECT COUNT(*), COUNT(DISTINCT external_id) FROM kassa.transactions', db).trim()).toBe(
      '2000|2000'
    )
    await c.sync(url)
    expect(count(c)).toBe(2000)
    expect(total(c)).toEqual(total(a))
  })

  it('keeps the files a killed pull finished and takes the rest, each row once, on the next sync', async () => {
    const db = team.database()
    const url = team.cluster().url('postgres', db)
    const [a, c] = [localStore(), localStore()]
    for (const month of ['04', '05', '06']) importFile(a.db, writeExport(a, 1000, month), { acceptDefaults: true })
    await a.sync(url)
    let arrived = 0
    const killInSecondFile = (p: { phase: string }) => {
      if (p.phase === 'pull' && (arrived += 250) === 1500)
        team
          .cluster()
          .psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db}' AND pid <> pg_backend_pid()`)
    }
    await expect(c.sync(url, { chunkRows: 250, onProgress: killInSecondFile })).rejects.toMatchObject({
      code: 'sync_connection_lost'
    })
    expect(count(c)).toBe(1000)

    const files: string[] = []
    await c.sync(url, { chunkRows: 250, onProgress: (p) => files.push(p.file) })
    expect(new Set(files)).toEqual(new Set(['kiosk-2018-05.csv', 'kiosk-2018-06.csv']))
    expect(count(c)).toBe(3000)
    expect(c.db.prepare('SELECT COUNT(DISTINCT external_id) FROM transactions').pluck().get()).toBe(3000)
    expect(total(c)).toEqual(total(a))
  })
})

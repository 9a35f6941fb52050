import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { tempPath } from '../tmp'
import { useCluster } from './helpers'

const team = useCluster()
const kassa = (args: string[]) => spawnSync(process.execPath, ['bin/kassa.mjs', ...args], { encoding: 'utf8' })

describe('kassa sync', () => {
  it('syncs two stores once each through the server and remembers the server for next time', () => {
    const url = team.cluster().url('postgres', team.database())
    const first = tempPath()
    const second = tempPath()
    expect(kassa(['demo', '--db', first, '--transactions', '100', '--seed', '4']).status).toBe(0)
    const pushed = kassa(['sync', '--server', url, '--once', '--db', first, '--json'])
    expect(pushed.status, pushed.stderr).toBe(0)
    expect(JSON.parse(pushed.stdout)).toMatchObject({ server: url })
    const pulled = kassa(['sync', '--server', url, '--once', '--db', second])
    expect(pulled.status, pulled.stderr).toBe(0)
    expect(pulled.stdout).toMatch(/^sync: /)
    // Local ids differ from store to store; everything a person reads is the same.
    const list = (db: string) =>
      (JSON.parse(kassa(['merchants', 'list', '--db', db, '--json']).stdout) as { merchants: { id?: number }[] }).merchants.map(
        ({ id: _id, ...shown }) => shown
      )
    expect(list(second)).toEqual(list(first))
    const again = kassa(['sync', '--once', '--db', second, '--json'])
    expect(again.status, again.stderr).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ fieldsPulled: 0, fieldsPushed: 0, batchesPulled: 0 })
  })

  it('says what is wrong when the server cannot be reached', () => {
    const run = kassa(['sync', '--server', 'postgres://nobody@localhost/none?host=/nonexistent', '--once', '--db', tempPath()])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/kassa sync: the team server cannot be reached/)
  })
})

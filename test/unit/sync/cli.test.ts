import Database from 'better-sqlite3'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tempPath } from '../tmp'
import { createMerchant, updateMerchant } from '../../../src/core/merchants/service'
import { localStore, useCluster } from './helpers'

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

describe('kassa sync without --once', () => {
  it('keeps syncing, rides out the server going away, and stops on SIGTERM', async () => {
    const url = team.cluster().url('postgres', team.database())
    const office = localStore()
    const made = createMerchant(office.db, office.admin, { name: 'Lofoten Ull', country: 'NO' })
    if (!made.ok) throw new Error('not created')
    await office.sync(url)

    const path = tempPath()
    const child = spawn(process.execPath, ['bin/kassa.mjs', 'sync', '--server', url, '--interval', '0.5', '--db', path])
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const cityThere = () => {
      const db = new Database(path, { readonly: true, fileMustExist: true })
      try {
        return db.prepare("SELECT city FROM merchants WHERE name = 'Lofoten Ull'").pluck().get() as string | null | undefined
      } catch {
        return undefined
      } finally {
        db.close()
      }
    }
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 100))
      expect(ok(), stderr).toBe(true)
    }
    try {
      await until(() => existsSync(path) && cityThere() === null)
      team.cluster().pause()
      try {
        await until(() => /trying again in 0\.5 s/.test(stderr))
      } finally {
        team.cluster().resume()
      }
      updateMerchant(office.db, office.admin, made.merchant.id, { city: 'Svolvær' })
      await office.sync(url)
      await until(() => cityThere() === 'Svolvær')
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })
})

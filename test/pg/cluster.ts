import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Debian's PostgreSQL binaries; `.ci/run` installs the package. */
function binDir(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin')
  throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
}

export interface Cluster {
  /** A connection URL for `user` (trust authentication over the cluster's own unix socket). */
  url(user?: string, database?: string): string
  /** Runs SQL as the superuser through psql. */
  psql(sql: string, database?: string): string
  /** Stops the server, keeping its data (a team server that went away). */
  pause(): void
  resume(): void
  stop(): void
}

/**
 * A throwaway PostgreSQL cluster: initdb in a temp folder, the server on a unix socket in that folder only (no TCP
 * port to collide with another test run). PostgreSQL refuses to run as root, so as root it runs as `postgres`.
 */
export function startCluster(): Cluster {
  const bin = binDir()
  const dir = mkdtempSync(join(tmpdir(), 'kassa-pg-'))
  const data = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd)
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args]
    const r = spawnSync(file, argv, { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
    return r.stdout
  }
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(dir, uid, gid)
  }
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
  const opts = `-c listen_addresses='' -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
  const start = () => run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start'])
  start()
  const url = (user = 'postgres', database = 'postgres') =>
    `postgres://${encodeURIComponent(user)}@localhost/${database}?host=${encodeURIComponent(dir)}`
  return {
    url,
    psql(sql, database = 'postgres') {
      return run('psql', ['-h', dir, '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql])
    },
    pause() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
    },
    resume: start,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

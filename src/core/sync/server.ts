import type { Client } from 'pg'
import { UserError } from '../errors'
import { serverMigrations, type ServerMigration } from './server-schema'

export type Server = Client

/** node-postgres, loaded on the first connection rather than with the app: the window's start never needs it. */
async function loadPg(): Promise<typeof import('pg').default> {
  const { default: pg } = await import('pg')
  // Clock values and amounts are BIGINT; every one Kassa writes fits a JavaScript number exactly.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))
  return pg
}

/**
 * Where the password comes from: the desktop app's OS keychain (Electron safeStorage, in main), the CLI's
 * environment. Core never stores it; the URL it keeps has no password in it.
 */
export type CredentialProvider = (url: string) => Promise<string | undefined>

/** The URL as it may be shown and stored: without a password. */
export function publicUrl(url: string): string {
  try {
    const u = new URL(url)
    u.password = ''
    return u.toString()
  } catch {
    throw new UserError('sync_bad_url', 'the team server address must look like postgres://user@host/database')
  }
}

/** Turns a connection failure into the error a person can act on. */
export function serverError(err: unknown): Error {
  if (err instanceof UserError) return err
  const e = err as { code?: string; message?: string }
  if (e.code === '28P01' || e.code === '28000')
    return new UserError('sync_refused', `the team server refused the sign-in: ${e.message}`)
  if (/client password must be a string|password authentication failed.*no password|no password supplied/i.test(e.message ?? ''))
    return new UserError('sync_password_needed', 'the team server asks for a password')
  if (e.code === '42501') return new UserError('sync_forbidden', `the team server refused this change: ${e.message}`)
  if (
    ['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET', 'EPIPE'].includes(e.code ?? '') ||
    /terminat|Connection/i.test(e.message ?? '')
  )
    return new UserError('sync_connection_lost', `the connection to the team server was lost: ${e.message}`)
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOENT' || e.code === 'ENOTFOUND' || e.code === 'ETIMEDOUT')
    return new UserError('sync_unreachable', `the team server cannot be reached: ${e.message}`)
  return err as Error
}

export async function connectServer(url: string, credentials?: CredentialProvider): Promise<Server> {
  publicUrl(url)
  const password = credentials ? await credentials(url) : undefined
  // node-postgres lets the address override a separate password option, so the password goes into the address.
  const withPassword = new URL(url)
  if (password) withPassword.password = encodeURIComponent(password)
  const pg = await loadPg()
  const client = new pg.Client({ connectionString: withPassword.toString(), connectionTimeoutMillis: 10_000 })
  // A dropped connection surfaces on the pending query; this keeps it from also crashing the process.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (err) {
    throw serverError(err)
  }
  return client
}

const LOCK = 0x6b61737361 // 'kassa': one migrator at a time

/**
 * Brings the server's schema to this build's: creates it on an empty database, applies the missing numbered
 * migrations in one transaction, refuses a server a newer Kassa migrated. A member without the right to create
 * gets `sync_server_outdated` (an admin's Kassa must connect once first).
 */
export async function migrateServer(client: Server, known: ServerMigration[] = serverMigrations): Promise<number[]> {
  const last = Math.max(...known.map((m) => m.version))
  const applied = async (): Promise<number[]> => {
    const exists = (await client.query("SELECT to_regclass('kassa.schema_versions') AS t")).rows[0].t
    if (!exists) return []
    return (await client.query('SELECT version FROM kassa.schema_versions ORDER BY version')).rows.map((r) => Number(r.version))
  }
  const check = (versions: number[]) => {
    const top = Math.max(0, ...versions)
    if (top > last)
      throw new UserError(
        'sync_server_newer',
        `the team server holds schema version ${top}; this Kassa knows up to ${last}: update Kassa`
      )
    return known.filter((m) => !versions.includes(m.version))
  }
  let versions: number[]
  try {
    versions = await applied()
  } catch (err) {
    if ((err as { code?: string }).code === '42501') throw notMember()
    throw serverError(err)
  }
  if (check(versions).length === 0) return []
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK])
    await client.query('CREATE SCHEMA IF NOT EXISTS kassa')
    await client.query(
      'CREATE TABLE IF NOT EXISTS kassa.schema_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())'
    )
    const pending = check(await applied())
    for (const m of pending) {
      await client.query(m.sql)
      await client.query('INSERT INTO kassa.schema_versions (version, name) VALUES ($1, $2)', [m.version, m.name])
    }
    await client.query('COMMIT')
    return pending.map((m) => m.version)
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    if ((err as { code?: string }).code === '42501')
      throw new UserError(
        'sync_server_outdated',
        'the team server needs its schema created or updated: an admin connects once first'
      )
    throw serverError(err)
  }
}

const notMember = () => new UserError('sync_not_member', 'this sign-in is not a member of the team store: an admin adds it first')

/** Refuses a role that is neither the team store's owner nor one of its members. */
export async function checkMember(client: Server): Promise<void> {
  const { rows } = await client.query(
    `SELECT EXISTS (SELECT 1 FROM kassa.members WHERE role_name = current_user)
            OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'kassa' AND tablename = 'merchants'), 'MEMBER') AS ok`
  )
  if (!rows[0].ok) throw notMember()
}

/** One server transaction, with the lock that keeps change numbers committing in order. */
export async function inTransaction<T>(client: Server, fn: () => Promise<T>, ordered = true): Promise<T> {
  await client.query('BEGIN')
  try {
    if (ordered) await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK + 1])
    const result = await fn()
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw serverError(err)
  }
}

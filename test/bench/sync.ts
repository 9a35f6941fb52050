import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { addMember } from '../../src/core/sync/members'
import { connectServer, migrateServer } from '../../src/core/sync/server'
import { startCluster, type Cluster } from '../pg/cluster'

/**
 * `npm run bench -- sync`: a new member's initial pull of a BENCH_SYNC_ROWS-row portfolio (default 1,000,000) in
 * 10 files over 200 merchants, from a PostgreSQL cluster the bench starts itself: once as the database owner,
 * once as a rep whose row-level security admits every country (the policies' own cost); then a rep's pull whose
 * session the owner terminates halfway, and the next sync that resumes it, checked to end with the server's rows
 * and amounts. Each pull runs in a process of its own for its peak RSS.
 */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_SYNC_ROWS ?? 1_000_000)
  const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-sync-'))
  let cluster: Cluster | undefined
  // An interrupted bench still stops its cluster and removes its stores.
  const cleanUp = () => {
    running?.kill()
    try {
      cluster?.stop()
    } finally {
      cluster = undefined
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const onSignal = () => {
    cleanUp()
    process.exit(130)
  }
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  try {
    cluster = startCluster()
    cluster.psql('CREATE DATABASE team')
    const ownerUrl = cluster.url('postgres', 'team')
    const repUrl = cluster.url('rep_all', 'team')
    const owner = await connectServer(ownerUrl)
    await migrateServer(owner)
    await addMember(owner, { role: 'rep_all', kind: 'rep', countries: ['DK', 'NO', 'SE', 'FI'] })
    const seeded = performance.now()
    for (const statement of SEED.split(';\n').filter((t) => t.trim()))
      await owner.query(statement, statement.includes('$1') ? [rows] : [])
    await owner.query('ANALYZE')
    const expected = (await owner.query('SELECT COUNT(*)::float8 AS rows, SUM(amount)::float8 AS amount FROM kassa.transactions'))
      .rows[0] as { rows: number; amount: number }
    await owner.end()
    const seedMs = performance.now() - seeded

    const check = (name: string, r: PullResult) => {
      if (r.error || r.rows !== expected.rows || r.amount !== expected.amount)
        throw new Error(`${name} ended with ${r.rows} rows, amounts ${r.amount}: ${r.error ?? "not the server's"}`)
      return r
    }
    const asOwner = check('owner', await pull({ dbPath: join(dir, 'owner.sqlite'), url: ownerUrl }))
    const asRep = check('rep', await pull({ dbPath: join(dir, 'rep.sqlite'), url: repUrl }))
    // Killed about halfway, inside the sixth file, so the resumed sync also takes again the file it lost.
    const killedJob = { dbPath: join(dir, 'killed.sqlite'), url: repUrl, killAt: rows * 0.55, ownerUrl }
    const killed = await pull(killedJob)
    if (killed.error !== 'sync_connection_lost') throw new Error(`the killed pull ended with ${killed.error ?? 'success'}`)
    const resumed = check('resumed rep', await pull({ dbPath: killedJob.dbPath, url: repUrl }))
    return (
      `sync: initial pull of ${rows.toLocaleString('en')} transactions (10 files, 200 merchants) with cubes: ` +
      `owner ${figures(asOwner)}, rep through row-level security ${figures(asRep)}; ` +
      `rep killed at ${killed.rows.toLocaleString('en')} rows stored (${figures(killed)}, ${killed.error}), ` +
      `resumed ${resumed.batches} files to ${resumed.rows.toLocaleString('en')} rows, amounts equal to the server's ` +
      `(${figures(resumed)}) (server seeded in ${(seedMs / 1000).toFixed(1)} s)`
    )
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
    cleanUp()
  }
}

interface PullResult {
  ms: number
  cpuMs: number
  maxRssMb: number
  rows: number
  amount: number
  batches: number
  error?: string
}

let running: ChildProcess | undefined

/** One pull in a fresh process (sync-pull.ts), so its peak RSS is the pull's own; its figures go to stderr as it ends. */
function pull(job: { dbPath: string; url: string; killAt?: number; ownerUrl?: string }): Promise<PullResult> {
  return new Promise((resolve, reject) => {
    const child = (running = fork(join(import.meta.dirname, 'sync-pull.ts')))
    child.once('message', (r: PullResult) => {
      console.error(`  ${basename(job.dbPath)}: ${r.rows} rows, ${figures(r)}${r.error ? `, ${r.error}` : ''}`)
      resolve(r)
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the pull exited with ${code} before it reported`)))
    child.send(job)
  })
}

const figures = (r: PullResult) =>
  `${(r.ms / 1000).toFixed(1)} s (Kassa's own CPU ${(r.cpuMs / 1000).toFixed(1)} s, peak RSS ${r.maxRssMb.toFixed(0)} MB)`

// 200 merchants spread over the four countries, each with the fields a pull needs to create it, then $1 rows
// in 10 complete files: card and Alipay payments over 2018, amounts in the merchant's currency.
const SEED = /* sql */ `
WITH m AS (
  SELECT i, md5('m' || i) AS gid, (ARRAY['DK', 'NO', 'SE', 'FI'])[1 + i % 4] AS country FROM generate_series(0, 199) i
), ins AS (
  INSERT INTO kassa.merchants (gid, country) SELECT gid, country FROM m RETURNING gid
)
INSERT INTO kassa.fields (entity, key, field, value, hlc, node, merchant_gid)
SELECT 'merchant', m.gid, f.field, f.value, 1000, 'bench', m.gid
  FROM m, LATERAL (VALUES ('name', 'Merchant ' || m.i), ('country', m.country), ('created_at', '1514764800000'),
                          ('stage', 'live'), ('_deleted', '0')) AS f(field, value);
INSERT INTO kassa.batches (sha256, file_name, format, rows, received, complete, node, seq)
SELECT md5('b' || b), 'file-' || b || '.csv', 'csv', $1 / 10, $1 / 10, true, 'bench', nextval('kassa.change_seq')
  FROM generate_series(0, 9) b;
INSERT INTO kassa.transactions (batch_sha256, n, merchant_gid, store_name, terminal, occurred_at, day, kind_code, status_code,
  method_code, card_scheme, card_country, origin_code, amount, currency, fee, source, external_id, fingerprint, line)
SELECT md5('b' || (i % 10)), i / 10 + 1, md5('m' || (i % 200)), NULL, 'T' || (i % 7),
       1514764800000 + i::bigint * 31000, to_char(to_timestamp((1514764800000 + i::bigint * 31000) / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
       0, 0, CASE WHEN i % 3 = 0 THEN 0 ELSE 1 END, CASE WHEN i % 3 = 0 THEN NULL ELSE 'visa' END,
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'NO' END, CASE WHEN i % 3 = 0 THEN 0 ELSE 1 END,
       1000 + (i * 7919) % 50000, (ARRAY['DKK', 'NOK', 'SEK', 'EUR'])[1 + (i % 200) % 4], NULL, 'csv', 'x' || i, NULL, i / 10 + 2
  FROM generate_series(0::bigint, $1 - 1) i;
`

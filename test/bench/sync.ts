import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContext } from '../../src/core/context'
import { addMember } from '../../src/core/sync/members'
import { syncOnce } from '../../src/core/sync/run'
import { connectServer, migrateServer } from '../../src/core/sync/server'
import { startCluster } from '../pg/cluster'

/**
 * `npm run bench -- sync`: a new member's initial pull of a BENCH_SYNC_ROWS-row portfolio (default 1,000,000) in
 * 10 files over 200 merchants, from a PostgreSQL cluster the bench starts itself: once as the database owner,
 * once as a rep whose row-level security admits every country (the policies' own cost).
 */
export async function run(): Promise<string> {
  const rows = Number(process.env.BENCH_SYNC_ROWS ?? 1_000_000)
  const cluster = startCluster()
  const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-sync-'))
  try {
    cluster.psql('CREATE DATABASE team')
    const ownerUrl = cluster.url('postgres', 'team')
    const owner = await connectServer(ownerUrl)
    await migrateServer(owner)
    await addMember(owner, { role: 'rep_all', kind: 'rep', countries: ['DK', 'NO', 'SE', 'FI'] })
    const seeded = performance.now()
    for (const statement of SEED.split(';\n').filter((t) => t.trim()))
      await owner.query(statement, statement.includes('$1') ? [rows] : [])
    await owner.query('ANALYZE')
    await owner.end()
    const seedMs = performance.now() - seeded

    const pull = async (name: string, url: string) => {
      const ctx = createContext({ dbPath: join(dir, `${name}.sqlite`) })
      const started = performance.now()
      const cpu = process.cpuUsage()
      const summary = await syncOnce(ctx.db, { url })
      const ms = performance.now() - started
      const used = process.cpuUsage(cpu)
      const cpuMs = (used.user + used.system) / 1000
      const count = ctx.db.prepare('SELECT COUNT(*) FROM transaction_rows').pluck().get() as number
      ctx.db.close()
      if (count !== rows || summary.batchesPulled !== 10) throw new Error(`${name} pulled ${count} rows`)
      return `${(ms / 1000).toFixed(1)} s (Kassa's own CPU ${(cpuMs / 1000).toFixed(1)} s)`
    }
    const asOwner = await pull('owner', ownerUrl)
    const asRep = await pull('rep', cluster.url('rep_all', 'team'))
    return (
      `sync: initial pull of ${rows.toLocaleString('en')} transactions (10 files, 200 merchants) with cubes: ` +
      `owner ${asOwner}, rep through row-level security ${asRep} ` +
      `(server seeded in ${(seedMs / 1000).toFixed(1)} s)`
    )
  } finally {
    cluster.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

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

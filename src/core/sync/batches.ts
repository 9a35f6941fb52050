import { UserError } from '../errors'
import type { Db } from '../db/open'
import { batchRows, closeBatchRange, lastTransactionId } from '../db/batch-rows'
import { addBatchToCubes, markCubesStale, rebuildCubes, rollupStale } from './cubes'
import { inTransaction, serverError, type Server } from './server'
import { applying, cursor, nodeId, setCursor } from './state'
import { applyUndo } from './undos'

export interface BatchProgress {
  phase: 'push' | 'pull'
  file: string
  rows: number
  total: number
}

export interface BatchOptions {
  chunkRows?: number
  onProgress?: (p: BatchProgress) => void
}

const COLUMNS = [
  ['merchant_gid', 'text'],
  ['store_name', 'text'],
  ['terminal', 'text'],
  ['occurred_at', 'bigint'],
  ['day', 'text'],
  ['kind_code', 'smallint'],
  ['status_code', 'smallint'],
  ['method_code', 'smallint'],
  ['card_scheme', 'text'],
  ['card_country', 'text'],
  ['origin_code', 'smallint'],
  ['amount', 'bigint'],
  ['currency', 'text'],
  ['fee', 'bigint'],
  ['source', 'text'],
  ['external_id', 'text'],
  ['fingerprint', 'text'],
  ['line', 'integer']
] as const

const LOCAL = `g.gid AS merchant_gid, s.name AS store_name, t.terminal, t.occurred_at, t.day, t.kind_code, t.status_code,
  t.method_code, t.card_scheme, t.card_country, t.origin_code, t.amount, t.currency, t.fee, t.source, t.external_id,
  t.fingerprint, t.line`

/**
 * Sends each imported file the server lacks, by its hash: a file another member already sent is not sent again.
 * Rows go in numbered chunks, each committed with the count received, so after a dropped connection the next sync
 * goes on after the last committed chunk; the batch becomes visible to others only once complete.
 */
export async function pushBatches(db: Db, server: Server, options: BatchOptions = {}): Promise<number> {
  const chunk = options.chunkRows ?? 20_000
  const batches = db
    .prepare(
      `SELECT id, file_name AS fileName, sha256, format FROM import_batches b
        WHERE status = 'done' AND sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_batches s WHERE s.sha256 = b.sha256)
        ORDER BY id`
    )
    .all() as { id: number; fileName: string; sha256: string; format: string }[]
  const record = db.prepare("INSERT OR REPLACE INTO sync_batches (sha256, batch_id, direction, at) VALUES (?, ?, 'pushed', ?)")
  let pushed = 0
  for (const b of batches) {
    const range = batchRows(db, b.id, 't')
    const total = db
      .prepare(`SELECT COUNT(*) FROM transaction_rows t WHERE ${range.sql}`)
      .pluck()
      .get(...range.params) as number
    await server
      .query(
        `INSERT INTO kassa.batches (sha256, file_name, format, rows, node) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING`,
        [b.sha256, b.fileName, b.format, total, nodeId(db)]
      )
      .catch((err) => {
        throw serverError(err)
      })
    const state = (await server.query('SELECT received, complete, undone FROM kassa.batches WHERE sha256 = $1', [b.sha256]))
      .rows[0]
    const received = Number(state.received)
    // A file the team undid is not sent again: the pull undoes this store's copy too.
    if (!state.complete && !state.undone) {
      await sendRows(db, server, b, range, { received, total, chunk, onProgress: options.onProgress })
      await inTransaction(server, () =>
        server.query(
          "UPDATE kassa.batches SET complete = true, rows = received, seq = nextval('kassa.change_seq') WHERE sha256 = $1 AND NOT complete",
          [b.sha256]
        )
      )
      pushed++
    }
    record.run(b.sha256, b.id, Date.now())
  }
  return pushed
}

/**
 * Takes each complete file this store does not hold yet (by hash), whole, in one local transaction, and adds its
 * rows to the local cubes. A file this store imported itself is only noted; a file the team undid is undone here.
 */
export async function pullBatches(db: Db, server: Server, options: BatchOptions = {}): Promise<number> {
  const page = options.chunkRows ?? 50_000
  const since = cursor(db, 'batches')
  const { rows: batches } = await server.query(
    'SELECT sha256, file_name, format, rows, seq, undone, undone_by, undone_at FROM kassa.batches WHERE complete AND seq > $1 ORDER BY seq',
    [since]
  )
  const here = db.prepare("SELECT id FROM import_batches WHERE sha256 = ? AND status = 'done'").pluck()
  const record = db.prepare("INSERT OR REPLACE INTO sync_batches (sha256, batch_id, direction, at) VALUES (?, ?, 'pulled', ?)")
  // Files at least as large as the store (a new member's first pull) rebuild the rollups once at the end instead of
  // updating them file by file; until then they are marked stale, so an interruption cannot leave them wrong.
  const incoming = batches.reduce((sum, b) => sum + (b.undone ? 0 : Number(b.rows)), 0)
  const rebuildAtEnd = incoming >= lastTransactionId(db) || rollupStale(db)
  let pulled = 0
  for (const b of batches) {
    if (b.undone) {
      applyUndo(db, b)
      continue
    }
    const mine = here.get(b.sha256) as number | undefined
    if (mine !== undefined) {
      db.transaction(() => {
        db.prepare("INSERT OR IGNORE INTO sync_batches (sha256, batch_id, direction, at) VALUES (?, ?, 'pushed', ?)").run(
          b.sha256,
          mine,
          Date.now()
        )
        setCursor(db, 'batches', Number(b.seq))
      })()
      continue
    }
    // Staged in a temp table page by page, then moved in one transaction: a dropped connection leaves the store as
    // it was, and memory stays flat however large the file.
    stageStart(db)
    let n = 0
    let read = 0
    for (;;) {
      const { rows } = await server
        .query(
          `SELECT n, ${COLUMNS.map(([c]) => c).join(', ')} FROM kassa.transactions WHERE batch_sha256 = $1 AND n > $2 ORDER BY n LIMIT $3`,
          [b.sha256, n, page]
        )
        .catch((err) => {
          throw serverError(err)
        })
      if (rows.length === 0) break
      stagePage(db, rows)
      n = Number(rows[rows.length - 1].n)
      read += rows.length
      options.onProgress?.({ phase: 'pull', file: b.file_name, rows: read, total: Number(b.rows) })
    }
    applying(db, () => {
      const started = Date.now()
      const batchId = Number(
        db
          .prepare(
            `INSERT INTO import_batches (file_name, sha256, format, rows, started_at, status) VALUES (?, ?, ?, ?, ?, 'running')`
          )
          .run(b.file_name, b.sha256, b.format, Number(b.rows), started).lastInsertRowid
      )
      const before = lastTransactionId(db)
      const imported = moveStaged(db, batchId)
      closeBatchRange(db, batchId, before)
      db.prepare(
        "UPDATE import_batches SET imported = ?, duplicates = rows - ?, finished_at = ?, status = 'done' WHERE id = ?"
      ).run(imported, imported, Date.now(), batchId)
      if (imported > 0 && rebuildAtEnd) markCubesStale(db)
      else if (imported > 0) addBatchToCubes(db, batchId)
      record.run(b.sha256, batchId, Date.now())
      setCursor(db, 'batches', Number(b.seq))
    })
    pulled++
  }
  if (rollupStale(db)) rebuildCubes(db)
  return pulled
}

const STAGED = COLUMNS.map(([c]) => c)

function stageStart(db: Db): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS sync_incoming (n INTEGER PRIMARY KEY, ${STAGED.join(', ')})`)
  db.exec('DELETE FROM temp.sync_incoming')
}

function stagePage(db: Db, rows: Record<string, unknown>[]): void {
  const insert = db.prepare(
    `INSERT INTO temp.sync_incoming (n, ${STAGED.join(', ')}) VALUES (?, ${STAGED.map(() => '?').join(', ')})`
  )
  db.transaction(() => {
    for (const r of rows) insert.run(r.n, ...STAGED.map((c) => r[c]))
  })()
}

/**
 * The staged rows into the store in file order, merchants found by global id (or one merged into them) and stores by name (created when
 * new here); a row the store already holds (same external id or fingerprint) is skipped. Returns how many went in.
 */
function moveStaged(db: Db, batchId: number): number {
  const merchant = "(SELECT local_id FROM sync_gids g WHERE g.entity = 'merchant' AND g.gid = i.merchant_gid)"
  db.prepare(
    `INSERT OR IGNORE INTO stores (merchant_id, name)
     SELECT DISTINCT ${merchant}, i.store_name FROM temp.sync_incoming i WHERE i.store_name IS NOT NULL AND ${merchant} IS NOT NULL`
  ).run()
  const moved = db
    .prepare(
      `INSERT OR IGNORE INTO transaction_rows (merchant_id, store_id, terminal, occurred_at, day, kind_code, status_code, method_code,
         card_scheme, card_country, origin_code, amount, currency, fee, source, external_id, batch_id, fingerprint, line)
       SELECT m.local_id, s.id, i.terminal, i.occurred_at, i.day, i.kind_code, i.status_code, i.method_code, i.card_scheme,
              i.card_country, i.origin_code, i.amount, i.currency, i.fee, i.source, i.external_id, ?, i.fingerprint, i.line
         FROM temp.sync_incoming i
         JOIN sync_gids m ON m.entity = 'merchant' AND m.gid = i.merchant_gid
         LEFT JOIN stores s ON s.merchant_id = m.local_id AND s.name = i.store_name
        ORDER BY i.n`
    )
    .run(batchId).changes
  db.exec('DELETE FROM temp.sync_incoming')
  return moved
}

/** Sends a file's rows from where the server's count stands, each chunk committed with that count moved on. */
async function sendRows(
  db: Db,
  server: Server,
  b: { sha256: string; fileName: string },
  range: ReturnType<typeof batchRows>,
  progress: { received: number; total: number; chunk: number; onProgress?: BatchOptions['onProgress'] }
): Promise<void> {
  let { received } = progress
  const { total, chunk } = progress
  const select = db.prepare(
    `SELECT t.id, ${LOCAL} FROM transaction_rows t
       LEFT JOIN sync_ids g ON g.entity = 'merchant' AND g.local_id = t.merchant_id
       LEFT JOIN stores s ON s.id = t.store_id
      WHERE ${range.sql} AND t.id > ? ORDER BY t.id LIMIT ?`
  )
  let lastId =
    received === 0
      ? 0
      : (db
          .prepare(`SELECT t.id FROM transaction_rows t WHERE ${range.sql} ORDER BY t.id LIMIT 1 OFFSET ?`)
          .pluck()
          .get(...range.params, received - 1) as number)
  for (;;) {
    const rows = select.all(...range.params, lastId, chunk) as Record<string, unknown>[]
    if (rows.length === 0) break
    const arrays = COLUMNS.map(([c]) => rows.map((r) => r[c]))
    await inTransaction(
      server,
      async () => {
        await server.query(
          `INSERT INTO kassa.transactions (batch_sha256, n, ${COLUMNS.map(([c]) => c).join(', ')})
           SELECT $1, $2 + ordinality, ${COLUMNS.map(([c]) => `u.${c}`).join(', ')} FROM unnest(${COLUMNS.map(([, t], i) => `$${i + 3}::${t}[]`).join(', ')})
             WITH ORDINALITY AS u(${COLUMNS.map(([c]) => c).join(', ')}, ordinality)`,
          [b.sha256, received, ...arrays]
        )
        const moved = await server.query(
          'UPDATE kassa.batches SET received = received + $2 WHERE sha256 = $1 AND received = $3',
          [b.sha256, rows.length, received]
        )
        if (moved.rowCount !== 1)
          throw new UserError('sync_busy', 'another member is sending the same file right now; sync again in a moment')
      },
      false
    )
    received += rows.length
    lastId = rows[rows.length - 1].id as number
    progress.onProgress?.({ phase: 'push', file: b.fileName, rows: received, total })
  }
}

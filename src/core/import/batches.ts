import { csvField, csvLine } from '../../shared/csv'
import { batchRows } from '../db/batch-rows'
import type { Db } from '../db/open'
import { UserError } from '../errors'
import { applyBatch } from '../rollup'
import { detectDelimiter } from './text/delimiter'

export interface BatchInfo {
  id: number
  fileName: string
  sha256: string | null
  format: string
  encoding: string | null
  size: number | null
  rows: number
  imported: number
  duplicates: number
  rejected: number
  skipped: number
  warnings: string[]
  startedAt: number
  finishedAt: number | null
  durationMs: number | null
  status: string
}

export function listBatches(db: Db): BatchInfo[] {
  const rows = db
    .prepare(
      `SELECT id, file_name AS fileName, sha256, format, encoding, size, rows, imported, duplicates, rejected, skipped, warnings,
              started_at AS startedAt, finished_at AS finishedAt, status
         FROM import_batches WHERE format <> 'demo' ORDER BY id DESC`
    )
    .all() as (Omit<BatchInfo, 'warnings' | 'durationMs'> & { warnings: string | null })[]
  return rows.map((r) => ({
    ...r,
    warnings: r.warnings ? (JSON.parse(r.warnings) as string[]) : [],
    durationMs: r.finishedAt === null ? null : r.finishedAt - r.startedAt
  }))
}

/** Who undoes a batch: a profile (id null: the system, or another store's person named by the team store). */
export type Undoer = { id: number | null; name: string }

/**
 * Removes exactly one batch: its rows leave the rollups first (same transaction), then the rows
 * and rejects are deleted; the batch stays in history marked 'undone' with who and when. Merchants it created
 * stay, and each merchant that had rows in it gets an 'import_undone' entry on its trail (once per file: a store
 * that already holds the entry for that file, from the team, does not write a second).
 */
export function undoBatch(
  db: Db,
  batchId: number,
  by: Undoer = { id: null, name: 'system' },
  at = Date.now()
): { removed: number } {
  return db
    .transaction(() => {
      const batch = db.prepare('SELECT status, sha256, file_name AS fileName FROM import_batches WHERE id = ?').get(batchId) as
        { status: string; sha256: string | null; fileName: string } | undefined
      if (!batch) throw new UserError('not_found', `import #${batchId} does not exist`)
      if (batch.status === 'undone') throw new UserError('already_undone', `import #${batchId} was already undone`)
      applyBatch(db, batchId, -1)
      const rows = batchRows(db, batchId, 'transaction_rows')
      // The unary + keeps SQLite on the batch's id range: it chose the (merchant_id, occurred_at) index instead,
      // reading that whole index merchant by merchant, then each of the batch's rows for its batch_id.
      const touched = db
        .prepare(
          `SELECT merchant_id AS merchantId, COUNT(*) AS n FROM transaction_rows
            WHERE ${rows.sql} AND +merchant_id IN (SELECT id FROM merchants) GROUP BY merchant_id`
        )
        .all(...rows.params) as { merchantId: number; n: number }[]
      const removed = db.prepare(`DELETE FROM transaction_rows WHERE ${rows.sql}`).run(...rows.params).changes
      db.prepare('DELETE FROM import_rejects WHERE batch_id = ?').run(batchId)
      db.prepare("UPDATE import_batches SET status = 'undone', undone_at = ?, undone_by = ? WHERE id = ?").run(
        at,
        by.name,
        batchId
      )
      const written = db.prepare(
        "SELECT 1 FROM merchant_events WHERE merchant_id = ? AND kind = 'import_undone' AND field = ? AND at >= (SELECT created_at FROM merchants WHERE id = ?)"
      )
      // The merchant's trail, written here as merchants/trail.ts writes it (the trail's chain trigger seals it).
      const entry = db.prepare(
        `INSERT INTO merchant_events (merchant_id, at, profile_id, profile_name, kind, field, after, note)
         VALUES (?, ?, ?, ?, 'import_undone', ?, ?, ?)`
      )
      for (const t of touched) {
        if (batch.sha256 !== null && written.get(t.merchantId, batch.sha256, t.merchantId)) continue
        const note = `${t.n} ${t.n === 1 ? 'transaction' : 'transactions'} removed`
        entry.run(t.merchantId, at, by.id, by.name, batch.sha256, batch.fileName, note)
      }
      return { removed }
    })
    .immediate()
}

export interface RejectRow {
  line: number
  raw: string
  reason: string
}

export function listRejects(db: Db, batchId: number, limit = 1000, afterLine = 0): RejectRow[] {
  return db
    .prepare('SELECT line, raw, reason FROM import_rejects WHERE batch_id = ? AND line > ? ORDER BY line LIMIT ?')
    .all(batchId, afterLine, limit) as RejectRow[]
}

/** Rejects as CSV (line, reason, raw) so a person can fix the raw lines and import them again. */
export function rejectsCsv(db: Db, batchId: number): string {
  const rows = db
    .prepare('SELECT line, raw, reason FROM import_rejects WHERE batch_id = ? AND line > 0 ORDER BY line')
    .all(batchId) as RejectRow[]
  return ['line,reason,raw', ...rows.map((r) => csvLine([r.line, r.reason, r.raw]))].join('\n') + '\n'
}

/**
 * The rejected lines as a file in the original layout: the file's header and each rejected line as
 * written, with the reason in an extra last column. Fix the lines, import the file again.
 * Sectioned files (Vipps) have no single header; they get the line/reason/raw list instead. The lines are the
 * file's own bytes, kept as written so the fixed file imports again: only the cells Kassa adds are neutralised.
 */
export function rejectsFile(db: Db, batchId: number): string {
  const header = db.prepare('SELECT raw FROM import_rejects WHERE batch_id = ? AND line = 0').get(batchId) as
    { raw: string } | undefined
  if (!header) return rejectsCsv(db, batchId)
  const delimiter = detectDelimiter(header.raw)
  const rows = listRejects(db, batchId, Number.MAX_SAFE_INTEGER)
  return (
    [
      header.raw + delimiter + 'Kassa reject reason',
      ...rows.map((r) => r.raw + delimiter + csvField(`line ${r.line}: ${r.reason}`, delimiter))
    ].join('\n') + '\n'
  )
}

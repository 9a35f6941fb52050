import type { Db } from '../db/open'
import { undoBatch } from '../import/batches'
import { inTransaction, type Server } from './server'
import { setCursor } from './state'

/**
 * Tells the team store about each file this store shared and has since undone: the server marks it undone (with
 * who and when) under a new change number, so every member pulling it undoes its own copy. A file never shared
 * (undone before its first sync) stays a local matter.
 */
export async function pushUndos(db: Db, server: Server): Promise<number> {
  const undone = db
    .prepare(
      `SELECT s.sha256, b.undone_by AS undoneBy, b.undone_at AS undoneAt FROM sync_batches s JOIN import_batches b ON b.id = s.batch_id
        WHERE b.status = 'undone' AND s.undone = 0`
    )
    .all() as { sha256: string; undoneBy: string | null; undoneAt: number | null }[]
  const done = db.prepare('UPDATE sync_batches SET undone = 1 WHERE sha256 = ?')
  for (const u of undone) {
    await inTransaction(server, () =>
      server.query(
        `UPDATE kassa.batches SET undone = true, undone_by = $2, undone_at = $3,
                seq = CASE WHEN complete THEN nextval('kassa.change_seq') ELSE seq END
          WHERE sha256 = $1 AND NOT undone`,
        [u.sha256, u.undoneBy ?? 'unknown', u.undoneAt ?? Date.now()]
      )
    )
    done.run(u.sha256)
  }
  return undone.length
}

/**
 * A file the team undid: this store's copy (if it holds one) is undone as a local undo would, named after the
 * person who undid it, and the file is remembered as undone so it is neither pulled nor sent again.
 */
export function applyUndo(db: Db, b: { sha256: string; undone_by: string; undone_at: number; seq: number }): void {
  const mine = db.prepare("SELECT id FROM import_batches WHERE sha256 = ? AND status = 'done'").pluck().all(b.sha256) as number[]
  const known = db.prepare("SELECT id FROM import_batches WHERE sha256 = ? ORDER BY status = 'done' DESC, id DESC").pluck()
  db.transaction(() => {
    for (const id of mine) undoBatch(db, id, { id: null, name: b.undone_by }, Number(b.undone_at))
    const batchId = (known.get(b.sha256) as number | undefined) ?? null
    db.prepare(
      `INSERT INTO sync_batches (sha256, batch_id, direction, at, undone) VALUES (?, ?, 'pulled', ?, 1)
       ON CONFLICT (sha256) DO UPDATE SET undone = 1`
    ).run(b.sha256, batchId, Date.now())
    setCursor(db, 'batches', Number(b.seq))
  })()
}

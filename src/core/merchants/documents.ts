import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { UserError } from '../api/route'
import type { Db } from '../db/open'
import { requirePermission, type Actor } from './profiles'
import { CHECKLIST_ITEMS } from './stages'
import { appendEvent } from './trail'

export interface DocumentView {
  id: number
  item: string | null
  fileName: string
  sha256: string
  size: number
  addedAt: number
  addedBy: string | null
}

export type DocumentStatus = 'ok' | 'missing' | 'altered'

export const documentsDir = (dataDir: string) => join(dataDir, 'documents')

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Copies the file into the data folder (so moving or deleting the original loses nothing) and records its hash. */
export function attachDocument(
  db: Db,
  dataDir: string,
  actor: Actor,
  merchantId: number,
  source: string,
  item: string | null,
  now = Date.now()
): DocumentView {
  requirePermission(actor, 'merchants.edit')
  if (!db.prepare('SELECT 1 FROM merchants WHERE id = ?').get(merchantId))
    throw new UserError('unknown_merchant', `no merchant #${merchantId}`)
  if (item !== null && !CHECKLIST_ITEMS.has(item)) throw new UserError('unknown_item', `no checklist item "${item}"`)
  if (!existsSync(source) || !statSync(source).isFile()) throw new UserError('file_missing', `${source} is not a readable file`)
  const hash = sha256(source)
  const fileName = basename(source)
  const storedName = `${merchantId}-${now}-${hash.slice(0, 12)}-${fileName.replace(/[^\w.-]+/g, '_')}`
  mkdirSync(documentsDir(dataDir), { recursive: true })
  copyFileSync(source, join(documentsDir(dataDir), storedName))
  const id = db.transaction(() => {
    const newId = Number(
      db
        .prepare(
          'INSERT INTO documents (merchant_id, item, file_name, stored_name, sha256, size, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
        )
        .run(merchantId, item, fileName, storedName, hash, statSync(source).size, now, actor.id).lastInsertRowid
    )
    appendEvent(db, actor, { merchantId, kind: 'document', field: item, after: fileName, note: `SHA-256 ${hash}` }, now)
    return newId
  })()
  return listDocuments(db, merchantId).find((d) => d.id === id)!
}

export function listDocuments(db: Db, merchantId: number): DocumentView[] {
  return db
    .prepare(
      `SELECT d.id, d.item, d.file_name AS fileName, d.sha256, d.size, d.added_at AS addedAt, p.name AS addedBy
         FROM documents d LEFT JOIN profiles p ON p.id = d.added_by WHERE d.merchant_id = ? ORDER BY d.added_at, d.id`
    )
    .all(merchantId) as DocumentView[]
}

function storedPath(db: Db, dataDir: string, documentId: number): { path: string; sha256: string; fileName: string } {
  const row = db
    .prepare('SELECT stored_name AS storedName, sha256, file_name AS fileName FROM documents WHERE id = ?')
    .get(documentId) as { storedName: string; sha256: string; fileName: string } | undefined
  if (!row) throw new UserError('unknown_document', `no document #${documentId}`)
  return { path: join(documentsDir(dataDir), row.storedName), sha256: row.sha256, fileName: row.fileName }
}

export function documentStatus(db: Db, dataDir: string, documentId: number): DocumentStatus {
  const { path, sha256: expected } = storedPath(db, dataDir, documentId)
  if (!existsSync(path)) return 'missing'
  return sha256(path) === expected ? 'ok' : 'altered'
}

export function verifyDocuments(db: Db, dataDir: string, merchantId: number): (DocumentView & { status: DocumentStatus })[] {
  return listDocuments(db, merchantId).map((d) => ({ ...d, status: documentStatus(db, dataDir, d.id) }))
}

/** The stored copy's path, refused when the file is gone or no longer matches its recorded hash. */
export function documentPathToOpen(db: Db, dataDir: string, documentId: number): string {
  const { path, fileName } = storedPath(db, dataDir, documentId)
  const status = documentStatus(db, dataDir, documentId)
  if (status === 'missing') throw new UserError('document_missing', `${fileName} is missing from the data folder (${path})`)
  if (status === 'altered')
    throw new UserError('document_altered', `${fileName} was altered after it was attached: its SHA-256 no longer matches`)
  return path
}

import { existsSync, mkdirSync, statSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, extname, join, relative, resolve, sep } from 'node:path'
import { UserError } from '../errors'
import type { Db } from '../db/open'
import { requirePermission, type Actor } from './profiles'
import { CHECKLIST_ITEMS } from './stages'
import { appendEvent } from './trail'
import { copyHashed, fileSha256, rememberSha256 } from './file-hash'

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

/** Largest file that may be attached: scans and signed PDFs, not videos or disk images. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
/** Longest name kept (the trail and page show it); a name is cut before its extension. */
export const MAX_NAME_CHARS = 200
/** Longest readable part of a stored copy's name, so the whole name stays well inside any file system's 255. */
const MAX_STORED_NAME_CHARS = 80

/** `name` cut to `max` characters, keeping its extension when the extension is short. */
function capName(name: string, max: number): string {
  const chars = [...name]
  if (chars.length <= max) return name
  const ext = extname(name)
  const keep = ext.length > 0 && ext.length <= 16 ? [...ext] : []
  return chars.slice(0, max - keep.length).join('') + keep.join('')
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1)

/**
 * Copies the file into the data folder (so moving or deleting the original loses nothing) and records its hash.
 * The file is read as a stream, hashed while it is copied.
 */
export async function attachDocument(
  db: Db,
  dataDir: string,
  actor: Actor,
  merchantId: number,
  source: string,
  item: string | null,
  now = Date.now()
): Promise<DocumentView> {
  requirePermission(actor, 'merchants.edit')
  if (!db.prepare('SELECT 1 FROM merchants WHERE id = ?').get(merchantId))
    throw new UserError('unknown_merchant', `no merchant #${merchantId}`)
  if (item !== null && !CHECKLIST_ITEMS.has(item)) throw new UserError('unknown_item', `no checklist item "${item}"`)
  if (!existsSync(source) || !statSync(source).isFile()) throw new UserError('file_missing', `${source} is not a readable file`)
  const fileName = capName(basename(source), MAX_NAME_CHARS)
  const tooLarge = () =>
    new UserError(
      'document_too_large',
      `${fileName} is ${megabytes(statSync(source).size)} MB; a document can be at most ${megabytes(MAX_DOCUMENT_BYTES)} MB`
    )
  if (statSync(source).size > MAX_DOCUMENT_BYTES) throw tooLarge()
  mkdirSync(documentsDir(dataDir), { recursive: true })
  const partial = join(documentsDir(dataDir), `.attaching-${merchantId}-${now}-${process.pid}`)
  let copied: { sha256: string; size: number }
  try {
    copied = await copyHashed(source, partial, MAX_DOCUMENT_BYTES)
  } catch (err) {
    await rm(partial, { force: true })
    if ((err as { code?: string }).code === 'too_large') throw tooLarge()
    throw new UserError('file_unreadable', `${fileName} could not be copied: ${(err as Error).message}`)
  }
  const hash = copied.sha256
  const safe = capName(fileName.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_'), MAX_STORED_NAME_CHARS)
  const storedName = `${merchantId}-${now}-${hash.slice(0, 12)}-${safe}`
  const stored = join(documentsDir(dataDir), storedName)
  await rename(partial, stored)
  await rememberSha256(stored, hash)
  const record = db.transaction(() => {
    const newId = Number(
      db
        .prepare(
          'INSERT INTO documents (merchant_id, item, file_name, stored_name, sha256, size, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
        )
        .run(merchantId, item, fileName, storedName, hash, copied.size, now, actor.id).lastInsertRowid
    )
    appendEvent(db, actor, { merchantId, kind: 'document', field: item, after: fileName, note: `SHA-256 ${hash}` }, now)
    return newId
  })
  let id: number
  try {
    id = record()
  } catch (err) {
    await rm(stored, { force: true })
    throw err
  }
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
  return { path: insideDocuments(dataDir, row.storedName), sha256: row.sha256, fileName: row.fileName }
}

/** A stored name edited to climb out of the documents folder ("../…", an absolute path) is refused. */
function insideDocuments(dataDir: string, storedName: string): string {
  const folder = resolve(documentsDir(dataDir))
  const path = resolve(folder, storedName)
  const rel = relative(folder, path)
  if (!rel || rel.startsWith('..') || rel.includes(sep) || rel !== storedName)
    throw new UserError('document_outside_folder', `the stored name "${storedName}" points outside the documents folder`)
  return path
}

export async function documentStatus(db: Db, dataDir: string, documentId: number): Promise<DocumentStatus> {
  const { path, sha256: expected } = storedPath(db, dataDir, documentId)
  if (!existsSync(path)) return 'missing'
  return (await fileSha256(path)) === expected ? 'ok' : 'altered'
}

export async function verifyDocuments(
  db: Db,
  dataDir: string,
  merchantId: number
): Promise<(DocumentView & { status: DocumentStatus })[]> {
  const documents = listDocuments(db, merchantId)
  const statuses = await Promise.all(documents.map((d) => documentStatus(db, dataDir, d.id)))
  return documents.map((d, i) => ({ ...d, status: statuses[i] }))
}

/** The stored copy's path, refused when the file is gone or no longer matches its recorded hash. */
export async function documentPathToOpen(db: Db, dataDir: string, documentId: number): Promise<string> {
  const { path, fileName } = storedPath(db, dataDir, documentId)
  const status = await documentStatus(db, dataDir, documentId)
  if (status === 'missing') throw new UserError('document_missing', `${fileName} is missing from the data folder (${path})`)
  if (status === 'altered')
    throw new UserError('document_altered', `${fileName} was altered after it was attached: its SHA-256 no longer matches`)
  return path
}

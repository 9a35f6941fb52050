// Attachments a person can rely on: a clear refusal for a huge file, names that stay short and inside the
// documents folder, hashing that leaves the thread free, and a program that is shown, never run.
import { existsSync, readdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attachDocument, documentPathToOpen, MAX_DOCUMENT_BYTES, verifyDocuments } from '../../../src/core/merchants/documents'
import { opensAsProgram } from '../../../src/core/merchants/opens-as-program'
import { createMerchant } from '../../../src/core/merchants/service'
import { fixture } from './helpers'
import { loopTurnsDuring } from '../event-loop'

function shop() {
  const f = fixture()
  const r = createMerchant(f.db, f.rep, { name: 'Doc Shop', country: 'NO' })
  if (!r.ok) throw new Error('create failed')
  return { ...f, merchant: r.merchant.id, dataDir: join(f.dir, 'data') }
}

describe('attaching and opening documents', () => {
  it('refuses a file over the size limit by name and size, and keeps nothing of it', async () => {
    const { db, dir, dataDir, rep, merchant } = shop()
    const big = join(dir, 'scan.pdf')
    writeFileSync(big, '')
    truncateSync(big, MAX_DOCUMENT_BYTES + 5 * 1024 * 1024)
    await expect(attachDocument(db, dataDir, rep, merchant, big, null)).rejects.toMatchObject({
      code: 'document_too_large',
      message: 'scan.pdf is 105.0 MB; a document can be at most 100.0 MB'
    })
    expect(db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 0 })
    expect(existsSync(dataDir) ? readdirSync(join(dataDir, 'documents')) : []).toEqual([])
  })

  it('caps a long name, keeping its extension, and stores the copy under a short safe name', async () => {
    const { db, dir, dataDir, rep, merchant } = shop()
    const long = join(dir, `${'kontrakt '.repeat(25)}.pdf`)
    writeFileSync(long, 'signed')
    const doc = await attachDocument(db, dataDir, rep, merchant, long, null)
    expect([...doc.fileName].length).toBe(200)
    expect(doc.fileName.endsWith('.pdf')).toBe(true)
    const [stored] = readdirSync(join(dataDir, 'documents'))
    expect(stored.length).toBeLessThan(130)
    expect(stored).toMatch(/^[\w.-]+\.pdf$/)
  })

  it('refuses to open a stored name that climbs out of the documents folder', async () => {
    const { db, dir, dataDir, rep, merchant } = shop()
    const source = join(dir, 'id.txt')
    writeFileSync(source, 'abc')
    const doc = await attachDocument(db, dataDir, rep, merchant, source, null)
    for (const storedName of ['../kassa.sqlite', '../../id.txt', '/etc/passwd', 'sub/../../id.txt']) {
      db.prepare('UPDATE documents SET stored_name = ? WHERE id = ?').run(storedName, doc.id)
      await expect(documentPathToOpen(db, dataDir, doc.id)).rejects.toMatchObject({ code: 'document_outside_folder' })
    }
  })

  it('hashes a large document without holding the thread', async () => {
    const { db, dir, dataDir, rep, merchant } = shop()
    const source = join(dir, 'scan.tif')
    writeFileSync(source, '')
    truncateSync(source, 40 * 1024 * 1024)
    const {
      value: [doc, [checked]],
      turns
    } = await loopTurnsDuring(async () => {
      const doc = await attachDocument(db, dataDir, rep, merchant, source, null)
      return [doc, await verifyDocuments(db, dataDir, merchant)] as const
    })
    expect(checked).toMatchObject({ id: doc.id, status: 'ok', size: 40 * 1024 * 1024 })
    // Other work ran while the file was read: the event loop turned between its pieces.
    expect(turns).toBeGreaterThan(10)
  })

  it('tells programs and scripts from documents, however the name is dressed up', () => {
    for (const name of [
      'setup.exe',
      'RUN.BAT',
      'x.cmd',
      'install.msi',
      'a.sh',
      'b.js',
      'c.jar',
      'd.ps1',
      'e.vbs',
      'Tool.app',
      'f.scr',
      'g.lnk',
      'evil.exe.',
      'evil.exe  ',
      'C:\\Users\\k\\pay.com'
    ])
      expect(opensAsProgram(name), name).toBe(true)
    for (const name of [
      'contract.pdf',
      'id.jpeg',
      'report.html',
      'rates.csv',
      'book.xlsx',
      'exe',
      '.bashrc',
      'notes.txt',
      'scan.exe.pdf'
    ])
      expect(opensAsProgram(name), name).toBe(false)
  })
})

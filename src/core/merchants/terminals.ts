import { UserError } from '../errors'
import type { Db } from '../db/open'
import { isValidDay } from '../time/zones'
import { requirePermission, type Actor } from './profiles'
import { appendEvent } from './trail'

export interface TerminalInput {
  kind: 'terminal' | 'qr'
  serial: string
  storeId?: number | null
  installedOn?: string | null
}

/** Adds a store (a shop location) to a merchant; names are unique per merchant. */
export function addStore(
  db: Db,
  actor: Actor,
  merchantId: number,
  input: { name: string; city?: string | null },
  now = Date.now()
): number {
  requirePermission(actor, 'merchants.edit')
  const name = input.name.trim()
  if (!name) throw new UserError('invalid_store', 'a store name is required')
  if (!db.prepare('SELECT 1 FROM merchants WHERE id = ?').get(merchantId))
    throw new UserError('unknown_merchant', `no merchant #${merchantId}`)
  if (db.prepare('SELECT 1 FROM stores WHERE merchant_id = ? AND name = ?').get(merchantId, name)) {
    throw new UserError('duplicate_store', `${name} is already a store of this merchant`)
  }
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO stores (merchant_id, name, city) VALUES (?, ?, ?)')
        .run(merchantId, name, input.city?.trim() || null).lastInsertRowid
    )
    appendEvent(db, actor, { merchantId, kind: 'store', after: input.city?.trim() ? `${name}, ${input.city.trim()}` : name }, now)
    return id
  })()
}

/** Registers a terminal or a QR code stand at one of the merchant's stores. */
export function addTerminal(db: Db, actor: Actor, merchantId: number, input: TerminalInput, now = Date.now()): number {
  requirePermission(actor, 'merchants.edit')
  const serial = input.serial.trim()
  if (!serial) throw new UserError('invalid_terminal', 'a terminal id or QR code id is required')
  if (input.installedOn && !isValidDay(input.installedOn))
    throw new UserError('invalid_date', `${input.installedOn} is not a date (YYYY-MM-DD)`)
  if (input.storeId && !db.prepare('SELECT 1 FROM stores WHERE id = ? AND merchant_id = ?').get(input.storeId, merchantId)) {
    throw new UserError('unknown_store', `store #${input.storeId} does not belong to merchant #${merchantId}`)
  }
  if (db.prepare('SELECT 1 FROM terminals WHERE merchant_id = ? AND serial = ?').get(merchantId, serial)) {
    throw new UserError('duplicate_terminal', `${serial} is already registered for this merchant`)
  }
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO terminals (merchant_id, store_id, kind, serial, installed_on) VALUES (?, ?, ?, ?, ?)')
        .run(merchantId, input.storeId ?? null, input.kind, serial, input.installedOn ?? null).lastInsertRowid
    )
    appendEvent(db, actor, { merchantId, kind: 'terminal', field: input.kind, after: serial }, now)
    return id
  })()
}

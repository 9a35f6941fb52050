import type { Db } from '../db/open'
import { COUNTRIES, type CountryCode } from '../time/zones'
import { COUNTRY_OF_CURRENCY } from './vocab/values'
import { NameIndex, exactKey, nameTooLong, nocaseKey } from '../shared/names'

export interface MerchantRef {
  id: number
  name: string
  country: CountryCode
  /** True when the import will create it (preview) or created it (commit). */
  isNew?: boolean
}

/** Writes what resolving a file's rows finds missing, on the importing connection; returns a new row's id. */
export interface Creator {
  merchant(name: string, country: CountryCode): number
  store(merchantId: number, name: string): number
  partner(partnerId: string, merchantId: number): void
}

export function creatorFor(db: Db): Creator {
  const merchant = db.prepare('INSERT INTO merchants (name, country, created_at) VALUES (?, ?, ?)')
  const store = db.prepare('INSERT INTO stores (merchant_id, name) VALUES (?, ?)')
  const partner = db.prepare('UPDATE merchants SET alipay_partner_id = ? WHERE id = ? AND alipay_partner_id IS NULL')
  return {
    merchant: (name, country) => Number(merchant.run(name, country, Date.now()).lastInsertRowid),
    store: (merchantId, name) => Number(store.run(merchantId, name).lastInsertRowid),
    partner: (partnerId, merchantId) => void partner.run(partnerId, merchantId)
  }
}

/**
 * Finds merchants by name (however its case, spaces or Unicode form are written: NameIndex) or Alipay partner id,
 * and creates the ones first seen in a file (without a Creator, as in the preview, they get negative ids and
 * nothing is written). Country comes from a column, else from the currency (DKK→DK, NOK→NO, SEK→SE, EUR→FI).
 */
export class MerchantResolver {
  /** Every merchant by name (NOCASE, then nameKey), the oldest of a name first; read at the first look-up. */
  private byName: NameIndex<MerchantRef> | null = null
  /** The same, keyed by the cell text as written, so a repeated name skips trimming and lower-casing. */
  private byText = new Map<string, MerchantRef>()
  private byPartner = new Map<string, MerchantRef | null>()
  private nextPlaceholder = -1
  private readonly findPartner

  constructor(
    private db: Db,
    private create?: Creator
  ) {
    this.findPartner = db.prepare('SELECT id, name, country FROM merchants WHERE alipay_partner_id = ?')
  }

  byId(id: number): MerchantRef | undefined {
    const row = this.db.prepare('SELECT id, name, country FROM merchants WHERE id = ?').get(id) as MerchantRef | undefined
    if (row) {
      this.known().add(row.name, row, true)
      this.byText.clear()
    }
    return row
  }

  /** A merchant by name; created when missing and a country can be told. */
  named(name: string, countryHint: string | undefined, currency: string | undefined): MerchantRef | string {
    const known = this.byText.get(name)
    if (known) return known
    const found = this.lookUp(name, countryHint, currency)
    if (typeof found !== 'string' && this.byText.size < 100_000) this.byText.set(name, found)
    return found
  }

  private lookUp(name: string, countryHint: string | undefined, currency: string | undefined): MerchantRef | string {
    const found = this.known().get(name)
    if (found) return found
    const written = name.normalize('NFC').trim()
    // A country the file names wins over the currency's, and one outside the four is not quietly replaced by it.
    if (countryHint && !(COUNTRIES as readonly string[]).includes(countryHint))
      return `the new merchant "${written}" is in ${countryHint}: Kassa serves merchants in Denmark, Norway, Sweden and Finland`
    const country = countryHint ? (countryHint as CountryCode) : currency ? COUNTRY_OF_CURRENCY[currency] : undefined
    if (!country)
      return `cannot tell which country the new merchant "${written}" is in (no country column, currency ${currency ?? 'missing'})`
    const tooLong = nameTooLong('merchant', written)
    if (tooLong) return tooLong
    const id = this.create ? this.create.merchant(written, country) : this.nextPlaceholder--
    const created: MerchantRef = { id, name: written, country, isNew: true }
    this.known().add(written, created)
    return created
  }

  private known(): NameIndex<MerchantRef> {
    if (!this.byName) {
      this.byName = new NameIndex(nocaseKey)
      for (const m of this.db.prepare('SELECT id, name, country FROM merchants ORDER BY id').all() as MerchantRef[])
        this.byName.add(m.name, m)
    }
    return this.byName
  }

  partner(partnerId: string): MerchantRef | undefined {
    if (!this.byPartner.has(partnerId))
      this.byPartner.set(partnerId, (this.findPartner.get(partnerId) as MerchantRef | undefined) ?? null)
    return this.byPartner.get(partnerId) ?? undefined
  }

  /** Remembers an Alipay partner id on the merchant the user chose, for the next file. */
  rememberPartner(partnerId: string, merchant: MerchantRef): void {
    if (this.byPartner.get(partnerId)) return
    this.byPartner.set(partnerId, merchant)
    if (merchant.id > 0) this.create?.partner(partnerId, merchant.id)
  }
}

/** Finds a merchant's stores by name (however written: NameIndex), and creates the ones first seen in a file. */
export class StoreResolver {
  /** merchant id → the cell text as written → store id */
  private byText = new Map<number, Map<string, number>>()
  /** merchant id → its stores by name (exact, then nameKey), read from the store at the merchant's first look-up */
  private byName = new Map<number, NameIndex<number>>()
  private readonly stores
  constructor(
    db: Db,
    private create?: Creator
  ) {
    this.stores = db.prepare('SELECT id, name FROM stores WHERE merchant_id = ? ORDER BY id')
  }

  id(merchantId: number, name: string): number | null {
    let texts = this.byText.get(merchantId)
    if (!texts) this.byText.set(merchantId, (texts = new Map()))
    const cached = texts.get(name)
    if (cached !== undefined) return cached
    const known = this.known(merchantId)
    let id = known.get(name)
    if (id === undefined && this.create && merchantId > 0) {
      const written = name.normalize('NFC').trim()
      id = this.create.store(merchantId, written)
      known.add(written, id)
    }
    if (id === undefined) return null
    texts.set(name, id)
    return id
  }

  private known(merchantId: number): NameIndex<number> {
    let names = this.byName.get(merchantId)
    if (!names) {
      this.byName.set(merchantId, (names = new NameIndex(exactKey)))
      for (const s of this.stores.all(merchantId) as { id: number; name: string }[]) names.add(s.name, s.id)
    }
    return names
  }
}

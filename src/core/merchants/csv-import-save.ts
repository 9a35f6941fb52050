import type { Db } from '../db/open'
import { canonicalBusinessId } from './business-id'
import type { MerchantRow } from './csv-import-row'
import { NameIndex, nocaseKey, type NamedMerchant } from '../shared/names'
import type { Actor } from './profiles'
import { createMerchant, updateMerchant } from './service'

export type RowAction = 'create' | 'complete' | 'duplicate' | 'reject'

/** What became of one line, for the tally. */
export interface RowOutcome {
  action: RowAction
  orgNumber: string | null
  detail: string | null
}

type CheckedRow = Extract<MerchantRow, { ok: true }>

/**
 * Saves the checked lines of one merchant list: a line becomes a new merchant, completes a merchant an earlier
 * transaction import created with only a name, or counts as a duplicate of an existing (country, business id).
 */
export class MerchantSaver {
  private readonly findByOrg
  // Merchants by country and name (the oldest of a name), read once the run starts and kept up to date by it.
  private readonly byName = new Map<string, NameIndex<NamedMerchant>>()

  constructor(
    private readonly db: Db,
    private readonly actor: Actor,
    private readonly file: string,
    private readonly now: number
  ) {
    this.findByOrg = db.prepare('SELECT id, name FROM merchants WHERE country = ? AND org_number = ?')
    const all = db.prepare('SELECT id, name, country, org_number AS org FROM merchants ORDER BY id').all() as NamedMerchant[]
    for (const m of all) this.namesIn(m.country).add(m.name, m)
  }

  save(row: CheckedRow): RowOutcome {
    const { name, country, org } = row
    const shownOrg = org ? canonicalBusinessId(country, org) : null
    const same = org ? (this.findByOrg.get(country, org) as { id: number; name: string } | undefined) : undefined
    if (same) return duplicate(shownOrg, `${shownOrg} is already registered: ${same.name} (merchant #${same.id})`)
    const named = this.namesIn(country).get(name)
    if (named && named.org === null) return this.complete(row, named, shownOrg)
    if (named && !org) return duplicate(null, `${named.name} (merchant #${named.id}) already exists in this country`)
    const created = createMerchant(this.db, this.actor, row.fields, this.now)
    if (!created.ok) return refused(Object.values(created.errors))
    // Later lines of the file with the same name find this merchant.
    this.namesIn(country).add(name, { id: created.merchant.id, name, country, org: created.merchant.orgNumber as string | null })
    return { action: 'create', orgNumber: shownOrg, detail: null }
  }

  /** A merchant an earlier import created from a transaction file: fill in what it lacks. */
  private complete(row: CheckedRow, named: NamedMerchant, shownOrg: string | null): RowOutcome {
    const patch = Object.fromEntries(
      Object.entries(row.fields).filter(([k, v]) => v !== null && v !== undefined && k !== 'name' && k !== 'country')
    )
    const saved = updateMerchant(this.db, this.actor, named.id, patch, `completed from ${this.file}`, this.now)
    if (!saved.ok) return refused(Object.values(saved.errors))
    named.org = saved.merchant.orgNumber as string | null
    if (saved.changed.length === 0) {
      return duplicate(shownOrg, `${named.name} (merchant #${named.id}) already has these details`)
    }
    return { action: 'complete', orgNumber: shownOrg, detail: `completes merchant #${named.id}` }
  }

  private namesIn(country: string): NameIndex<NamedMerchant> {
    let names = this.byName.get(country)
    if (!names) this.byName.set(country, (names = new NameIndex(nocaseKey)))
    return names
  }
}

const duplicate = (orgNumber: string | null, detail: string): RowOutcome => ({ action: 'duplicate', orgNumber, detail })
const refused = (errors: string[]): RowOutcome => ({ action: 'reject', orgNumber: null, detail: errors.join('; ') })

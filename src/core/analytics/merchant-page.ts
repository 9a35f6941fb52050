import { stats, type Stats } from './stats'
import type { Db } from '../db/open'
import type { CountryCode } from '../time/zones'
import { getCountry } from '../merchants/countries'
import { verifyDocuments, type DocumentStatus, type DocumentView } from '../merchants/documents'
import { checklist, moveRefusal, type ChecklistEntry } from '../merchants/pipeline'
import { canSeeSales, type Actor } from '../merchants/profiles'
import { getMerchant, type MerchantView } from '../merchants/service'
import { STAGES, type Stage } from '../merchants/stages'
import { timeline, type TimelineEvent } from '../merchants/trail'
import { verifyTrailOnChange, type TrailCheck } from '../merchants/trail-chain'

// The merchant screen: the onboarding record and, once live, its sales. It reads merchants and stats, so it
// sits here, above merchants (which never read analytics).
export interface MerchantPage {
  merchant: MerchantView
  checklist: ChecklistEntry[]
  documents: (DocumentView & { status: DocumentStatus })[]
  timeline: TimelineEvent[]
  /** Whether the whole audit trail (every merchant's) still chains, else the first event that does not. */
  trail: TrailCheck
  stores: { id: number; name: string; city: string | null }[]
  terminals: { id: number; storeId: number | null; kind: string; serial: string; installedOn: string | null }[]
  /** Each stage the merchant could be moved to now, or why not (side states are checked without their reason). */
  moves: { stage: Stage; refusal: string | null }[]
  /** Once live: sales since the go-live day in the country's currency (null when not live or not the viewer's to see). */
  sales: Stats | null
  /** True when the merchant is live but the acting manager is not its manager. */
  salesHidden: boolean
}

export async function merchantPage(db: Db, dataDir: string, actor: Actor, id: number, now = Date.now()): Promise<MerchantPage> {
  const merchant = getMerchant(db, id)
  const country = getCountry(db, merchant.country as CountryCode)
  const salesHidden = merchant.liveSince !== null && !canSeeSales(actor, merchant.repId as number | null)
  return {
    merchant,
    checklist: checklist(db, id),
    documents: await verifyDocuments(db, dataDir, id),
    timeline: timeline(db, id),
    trail: verifyTrailOnChange(db),
    stores: db.prepare('SELECT id, name, city FROM stores WHERE merchant_id = ? ORDER BY name').all(id) as MerchantPage['stores'],
    terminals: db
      .prepare(
        'SELECT id, store_id AS storeId, kind, serial, installed_on AS installedOn FROM terminals WHERE merchant_id = ? ORDER BY serial'
      )
      .all(id) as MerchantPage['terminals'],
    moves: STAGES.filter((s) => s !== merchant.stage).map((stage) => ({
      stage,
      refusal: moveRefusal(db, id, stage, 'reason given', now)
    })),
    salesHidden,
    sales:
      merchant.liveSince && !salesHidden
        ? stats(db, { merchantIds: [id], from: merchant.liveSince, currency: country.currency as never })
        : null
  }
}

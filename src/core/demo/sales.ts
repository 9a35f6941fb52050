import type { Db } from '../db/open'
import { kindCode, methodCode, originCode, statusCode, type Method, type Origin } from '../db/transaction-codes'
import type { Fact, RollupBatch } from '../rollup'
import { localDay, localToUtc, type CountryCode } from '../time/zones'
import type { Random } from './random'
import { CN_SCHEMES, DOMESTIC_SCHEMES, FOREIGN_COUNTRIES, FOREIGN_SCHEMES } from './world'

/** Seed figures (Xinhua 2018): average ticket in NOK by who pays. */
export const TARGET_AVERAGE_NOK = { alipay: 4000, cn: 4100, domestic: 338, foreign: 850 } as const

const CURRENCY: Record<CountryCode, string> = { DK: 'DKK', NO: 'NOK', SE: 'SEK', FI: 'EUR' }
const DAY_MS = 86_400_000

export interface DemoMerchant {
  id: number
  country: CountryCode
  weight: number
  /** Alipay accepted from this local day; null = never in the window. */
  alipayFrom: string | null
  stores: { id: number; terminals: string[] }[]
}

function chineseSeasonal(day: string): number {
  const month = Number(day.slice(5, 7))
  return month >= 6 && month <= 8 ? 1.9 : month === 2 ? 1.3 : 1 // summer tours, Chinese New Year
}

/** One stored demo row as both its columns and what the rollups see of it. */
interface DemoRow {
  m: DemoMerchant
  storeId: number
  terminal: string
  occurredAt: number
  day: string
  kind: 'payment' | 'refund'
  status: 'captured' | 'settled' | 'failed'
  method: Method
  scheme: string | null
  cardCountry: string | null
  origin: Origin
  amount: number
  currency: string
}

/** Writes demo sales, drawn from `random` in a fixed order so a seed always gives the same store. */
export class SaleWriter {
  /** Rows written so far: each row's external id is DEMO-<seed>-<serial>. */
  serial = 0
  private readonly insert

  constructor(
    db: Db,
    private readonly random: Random,
    private readonly rateOf: (currency: string, day: string) => number,
    private readonly seed: number
  ) {
    this.insert = db.prepare(
      `INSERT INTO transaction_rows (merchant_id, store_id, terminal, occurred_at, day, kind_code, status_code, method_code,
                                     card_scheme, card_country, origin_code, amount, currency, source, external_id, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)`
    )
  }

  /** One sale of `m` on `day` (and now and then its refund) into the batch and its rollup; returns the rows written. */
  write(m: DemoMerchant, day: string, batchId: number, rollup: RollupBatch): number {
    const random = this.random
    const alipayLive = m.alipayFrom !== null && day >= m.alipayFrom
    const chinese = chineseSeasonal(day)
    const who = random.weighted([
      ['domestic', 80],
      ['foreign', 9],
      ['cn', (alipayLive ? 3 : 5.5) * chinese],
      ['alipay', alipayLive ? 7.5 * chinese : 0]
    ] as const)
    const store = random.pick(m.stores)
    const hour = who === 'domestic' ? random.int(9, 19) : random.int(10, 17)
    const [y, mo, d] = day.split('-').map(Number)
    const occurredAt = localToUtc(m.country, y, mo, d, hour, random.int(0, 59), random.int(0, 59))
    const currency = CURRENCY[m.country]
    const nok = Math.max(20, random.logNormal(TARGET_AVERAGE_NOK[who], who === 'domestic' ? 0.8 : 0.7))
    const local = nok / this.rateOf(currency, day)
    const amount = currency === 'EUR' ? Math.round(local * 100) : Math.max(1, Math.round(local)) * 100
    const method = who === 'alipay' ? 'alipay' : 'card'
    const scheme =
      who === 'alipay'
        ? null
        : random.weighted(who === 'domestic' ? DOMESTIC_SCHEMES[m.country] : who === 'cn' ? CN_SCHEMES : FOREIGN_SCHEMES)
    const cardCountry =
      who === 'alipay' ? null : who === 'domestic' ? m.country : who === 'cn' ? 'CN' : this.pickForeign(m.country)
    const origin = who === 'alipay' ? 'alipay' : who
    const failed = random.next() < 0.006
    const status = failed ? 'failed' : method === 'alipay' ? 'settled' : 'captured'
    const terminal = random.pick(store.terminals)
    const sale: DemoRow = {
      m,
      storeId: store.id,
      terminal,
      occurredAt,
      day,
      kind: 'payment',
      status,
      method,
      scheme,
      cardCountry,
      origin,
      amount,
      currency
    }
    this.store(sale, batchId, rollup)
    if (failed || random.next() >= 0.012) return 1
    const refundAt = occurredAt + random.int(1, 10) * DAY_MS + random.int(0, 3_600_000)
    const refund = random.next() < 0.7 ? amount : Math.round((amount * random.int(10, 90)) / 100)
    this.store(
      { ...sale, occurredAt: refundAt, day: localDay(refundAt, m.country), kind: 'refund', amount: refund },
      batchId,
      rollup
    )
    return 2
  }

  private store(row: DemoRow, batchId: number, rollup: RollupBatch): void {
    this.insert.run(
      row.m.id,
      row.storeId,
      row.terminal,
      row.occurredAt,
      row.day,
      kindCode(row.kind),
      statusCode(row.status),
      methodCode(row.method),
      row.scheme,
      row.cardCountry,
      originCode(row.origin),
      row.amount,
      row.currency,
      `DEMO-${this.seed}-${++this.serial}`,
      batchId
    )
    const fact: Fact = {
      day: row.day,
      country: row.m.country,
      merchantId: row.m.id,
      storeId: row.storeId,
      occurredAt: row.occurredAt,
      kind: row.kind,
      status: row.status,
      method: row.method,
      origin: row.origin,
      amount: row.amount,
      currency: row.currency,
      fee: null
    }
    rollup.add(fact)
  }

  private pickForeign(home: CountryCode): string {
    for (;;) {
      const c = this.random.pick(FOREIGN_COUNTRIES)
      if (c !== home) return c
    }
  }
}

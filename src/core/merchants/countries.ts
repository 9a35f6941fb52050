import { UserError } from '../errors'
import type { Db } from '../db/open'
import { isValidDay, localDay, type CountryCode } from '../time/zones'
import { requirePermission, type Actor } from './profiles'

export interface CountryRollout {
  code: CountryCode
  name: string
  currency: string
  timeZone: string
  /** 'YYYY-MM-DD'; null = Alipay is not live in the country yet. */
  alipayLiveDate: string | null
}

export function listCountries(db: Db): CountryRollout[] {
  return db
    .prepare(
      `SELECT code, name, currency, time_zone AS timeZone, alipay_live_date AS alipayLiveDate FROM countries
        ORDER BY CASE code WHEN 'DK' THEN 1 WHEN 'NO' THEN 2 WHEN 'SE' THEN 3 ELSE 4 END`
    )
    .all() as CountryRollout[]
}

export function getCountry(db: Db, code: CountryCode): CountryRollout {
  const found = listCountries(db).find((c) => c.code === code)
  if (!found) throw new UserError('unknown_country', `unknown country ${code}`)
  return found
}

/** Admins set (or clear, with null) a country's Alipay go-live date. */
export function setAlipayLiveDate(db: Db, actor: Actor, code: CountryCode, date: string | null): CountryRollout {
  requirePermission(actor, 'settings.edit')
  if (date !== null && !isValidDay(date)) throw new UserError('invalid_date', `${date} is not a date (YYYY-MM-DD)`)
  getCountry(db, code)
  db.prepare('UPDATE countries SET alipay_live_date = ? WHERE code = ?').run(date, code)
  return getCountry(db, code)
}

/** Why a merchant in this country cannot go live at `now`, or null when it may. */
export function goLiveRefusal(db: Db, code: CountryCode, now: number): string | null {
  const country = getCountry(db, code)
  if (country.alipayLiveDate === null) {
    return `Alipay is not live in ${country.name} yet (no go-live date set); an admin can set the date in Settings`
  }
  const today = localDay(now, code)
  if (today < country.alipayLiveDate) return `Alipay goes live in ${country.name} on ${country.alipayLiveDate}; today is ${today}`
  return null
}

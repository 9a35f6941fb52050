import type { Db } from '../db/open'
import { seesAllSales, type Actor } from '../merchants/profiles'
import { REPORT_FORMATS, REPORT_TYPES } from './params'

/** What the Reports screen offers `actor`: merchants, reps and the span of days with sales. */
export function reportOptions(db: Db, actor: Actor) {
  const span = db.prepare('SELECT MIN(day) AS first, MAX(day) AS last FROM daily_rollup').get() as {
    first: string | null
    last: string | null
  }
  // A manager is offered their own shops only (the reports' scope, src/core/api/sales-scope.ts).
  const mine = seesAllSales(actor) ? null : (actor.repId ?? -1)
  const merchants = db
    .prepare('SELECT DISTINCT name, country FROM merchants WHERE ? IS NULL OR rep_id = ? ORDER BY name COLLATE NOCASE, country')
    .all(mine, mine) as { name: string; country: string }[]
  const reps = db
    .prepare('SELECT name FROM reps WHERE ? IS NULL OR id = ? ORDER BY name COLLATE NOCASE')
    .pluck()
    .all(mine, mine) as string[]
  return { types: REPORT_TYPES, formats: REPORT_FORMATS, merchants, reps, span }
}

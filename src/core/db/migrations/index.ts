import baseline from './014_baseline'
import transactionPages from './015_transaction_pages'
import packedDayTickets from './016_packed_day_tickets'
import sync from './017_sync'
import pageIndexes from './018_page_indexes'
import packedMonthTickets from './019_packed_month_tickets'
import syncTrust from './020_sync_trust'
import packedMonthHours from './021_packed_month_hours'
import groupOrderIndexes from './022_group_order_indexes'

export interface Migration {
  version: number
  name: string
  sql: string
}

/**
 * Numbered and append-only: the baseline, then each schema change as the next free number, written as literal SQL
 * that imports nothing. Never edit one that has been released; add the next.
 * The baseline is version 14: it squashes the pre-release chain 1–14, so a store that chain brought to 14 already
 * has its schema, and a store below it is refused (`store_too_old`, src/core/db/migrate.ts).
 */
export const migrations: Migration[] = [
  { version: 14, name: 'baseline', sql: baseline },
  { version: 15, name: 'transaction_pages', sql: transactionPages },
  { version: 16, name: 'packed_day_tickets', sql: packedDayTickets },
  { version: 17, name: 'sync', sql: sync },
  { version: 18, name: 'page_indexes', sql: pageIndexes },
  { version: 19, name: 'packed_month_tickets', sql: packedMonthTickets },
  { version: 20, name: 'sync_trust', sql: syncTrust },
  { version: 21, name: 'packed_month_hours', sql: packedMonthHours },
  { version: 22, name: 'group_order_indexes', sql: groupOrderIndexes }
]

/**
 * Why a build that knows `known` cannot open a store that applied `applied`: a version above the first known that
 * this build lacks (a newer Kassa wrote it), or a newest version below the first known (a store from before the
 * baseline: the migrations that would bring it forward are squashed away). Versions below the first known that a
 * store also holds are the squashed chain, not unknown.
 */
export function versionProblem(
  applied: number[],
  known: Migration[] = migrations
): { problem: 'too_new' | 'too_old'; version: number; first: number; last: number } | undefined {
  if (applied.length === 0) return undefined
  const versions = new Set(known.map((m) => m.version))
  const first = Math.min(...versions)
  const last = Math.max(...versions)
  const version = Math.max(...applied)
  if (applied.some((v) => v > first && !versions.has(v))) return { problem: 'too_new', version, first, last }
  if (version < first) return { problem: 'too_old', version, first, last }
  return undefined
}

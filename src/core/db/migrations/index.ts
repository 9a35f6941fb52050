import foundation from './001_foundation'
import importing from './002_import'
import onboarding from './003_onboarding'
import analytics from './004_analytics'
import ticketIndex from './006_ticket_index'
import leanWrites from './007_lean_writes'
import ticketDays from './008_ticket_days'
import transactionCodes from './009_transaction_codes'
import packedDayCells from './010_packed_day_cells'
import externalIdOrder from './011_external_id_order'
import plainExternalIds from './012_plain_external_ids'
import roles from './013_roles'
import trailChain from './014_trail_chain'

export interface Migration {
  version: number
  name: string
  sql: string
}

/** Numbered, append-only. Never edit a released migration; add the next number. */
export const migrations: Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'import', sql: importing },
  { version: 3, name: 'onboarding', sql: onboarding },
  { version: 4, name: 'analytics', sql: analytics },
  { version: 6, name: 'ticket_index', sql: ticketIndex },
  { version: 7, name: 'lean_writes', sql: leanWrites },
  { version: 8, name: 'ticket_days', sql: ticketDays },
  { version: 9, name: 'transaction_codes', sql: transactionCodes },
  { version: 10, name: 'packed_day_cells', sql: packedDayCells },
  { version: 11, name: 'external_id_order', sql: externalIdOrder },
  { version: 12, name: 'plain_external_ids', sql: plainExternalIds },
  { version: 13, name: 'roles', sql: roles },
  { version: 14, name: 'trail_chain', sql: trailChain }
]

/** Versions a store has applied that this build does not know: the store was written by a newer Kassa. */
export function unknownMigrations(applied: Iterable<number>, known: Migration[] = migrations): number[] {
  const versions = new Set(known.map((m) => m.version))
  return [...applied].filter((v) => !versions.has(v)).sort((a, b) => a - b)
}

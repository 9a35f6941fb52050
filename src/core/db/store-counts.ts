import type { Db } from './open'

/** How many transactions and merchants the store holds: both zero is a new store (the welcome screen). */
export function storeCounts(db: Db): { transactions: number; merchants: number } {
  const count = (table: 'transactions' | 'merchants') => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number
  return { transactions: count('transactions'), merchants: count('merchants') }
}

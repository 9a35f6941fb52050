/**
 * The enumerated columns of a transaction, stored as small integer codes in `transaction_rows` and shown as
 * their names by the `transactions` view (src/core/db/migrations/014_baseline.ts). A code is its name's index in the list below; the
 * view spells the same lists out, and a unit test holds the two together.
 */
export const KINDS = ['payment', 'refund'] as const
export const STATUSES = ['captured', 'settled', 'pending', 'failed'] as const
export const METHODS = ['alipay', 'card', 'other'] as const
export const ORIGINS = ['alipay', 'domestic', 'cn', 'foreign', 'unknown', 'other'] as const

export type Kind = (typeof KINDS)[number]
export type Status = (typeof STATUSES)[number]
export type Method = (typeof METHODS)[number]
export type Origin = (typeof ORIGINS)[number]

function coder<T extends string>(names: readonly T[], what: string): (name: T) => number {
  const codes = new Map<string, number>(names.map((n, i) => [n, i]))
  return (name) => {
    const code = codes.get(name)
    if (code === undefined) throw new Error(`unknown transaction ${what} "${name}"`)
    return code
  }
}

export const kindCode = coder(KINDS, 'kind')
export const statusCode = coder(STATUSES, 'status')
export const methodCode = coder(METHODS, 'method')
export const originCode = coder(ORIGINS, 'origin')

import { describe, expect, it } from 'vitest'
import { COMPARABLE_AMOUNT_SQL } from '../../../src/core/analytics/amount-key'
import transactionPages from '../../../src/core/db/migrations/015_transaction_pages'

// SQLite uses an expression index only for the very same expression: the migration's literal SQL and the one the
// pages query with must not drift apart.
describe('the comparable amount', () => {
  it('is indexed by migration 015 with exactly the expression the pages sort by', () => {
    const indexed = transactionPages.replace(/\s+/g, ' ')
    expect(indexed).toContain(`origin_code, ${COMPARABLE_AMOUNT_SQL}, id,`)
    expect(indexed).toContain(`transactions_amount_key ON transaction_rows( ${COMPARABLE_AMOUNT_SQL}, id)`)
  })
})

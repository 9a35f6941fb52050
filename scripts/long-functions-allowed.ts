// Functions still over the line limit, each in a file another change is rewriting now (issue 21). The merger
// removes an entry when the split lands; the test fails on an entry that is no longer long, so none goes stale.
export const LONG_FUNCTIONS_ALLOWED: readonly string[] = ['src/core/analytics/transactions.ts#transactionsPage']

export default {
  title: 'Transactions',
  intro: 'Newest first.',
  empty: 'No transactions yet.',
  columns: {
    time: 'Time (local)',
    merchant: 'Merchant',
    country: 'Country',
    method: 'Method',
    origin: 'Card issued in',
    scheme: 'Scheme',
    kind: 'Type',
    status: 'Status',
    amount: 'Amount'
  },
  kinds: { payment: 'Payment', refund: 'Refund' },
  statuses: { captured: 'Captured', settled: 'Settled', pending: 'Pending', failed: 'Failed' }
}

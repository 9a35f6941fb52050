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
    amount: 'Amount',
    converted: 'In {currency}'
  },
  kinds: { payment: 'Payment', refund: 'Refund' },
  statuses: { captured: 'Captured', settled: 'Settled', pending: 'Pending', failed: 'Failed' },
  introFiltered: 'Newest first, with the dashboard filters. Scroll for more; click a row for its details.',
  none: 'No transactions match these filters.',
  search: 'Search',
  searchHint: 'Transaction id or merchant',
  sortBy: 'Sort by',
  sort: { time: 'Time', amount: 'Amount', desc: 'Largest / newest first', asc: 'Smallest / oldest first' },
  hourChip: '{hour}:00–{hour}:59 local',
  removeChip: 'Remove this filter',
  details: {
    title: 'Transaction',
    close: 'Close',
    raw: 'Source line',
    noRaw: 'No source line stored (demo data or an import that keeps none).',
    batch: 'Import batch',
    batchId: 'Batch',
    file: 'File',
    format: 'Format',
    imported: 'Imported',
    status: 'Status'
  }
}

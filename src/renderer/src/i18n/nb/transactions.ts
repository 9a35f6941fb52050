import type en from '../en/transactions'

export default {
  title: 'Transaksjoner',
  intro: 'Nyeste først.',
  empty: 'Ingen transaksjoner ennå.',
  columns: {
    time: 'Tid (lokal)',
    merchant: 'Brukersted',
    country: 'Land',
    method: 'Betalingsmåte',
    origin: 'Kort utstedt i',
    scheme: 'Kortselskap',
    kind: 'Type',
    status: 'Status',
    amount: 'Beløp'
  },
  kinds: { payment: 'Betaling', refund: 'Refusjon' },
  statuses: { captured: 'Gjennomført', settled: 'Oppgjort', pending: 'Venter', failed: 'Feilet' }
} satisfies typeof en

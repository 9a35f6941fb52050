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
    amount: 'Beløp',
    converted: 'I {currency}'
  },
  kinds: { payment: 'Betaling', refund: 'Refusjon' },
  statuses: { captured: 'Gjennomført', settled: 'Oppgjort', pending: 'Venter', failed: 'Feilet' },
  introFiltered: 'Nyeste først, med filtrene fra oversikten. Rull for flere; klikk en rad for detaljer.',
  none: 'Ingen transaksjoner passer filtrene.',
  search: 'Søk',
  searchHint: 'Transaksjons-id eller brukersted',
  sortBy: 'Sorter etter',
  sort: { time: 'Tid', amount: 'Beløp', desc: 'Størst / nyest først', asc: 'Minst / eldst først' },
  hourChip: 'kl. {hour}:00–{hour}:59 lokal tid',
  removeChip: 'Fjern dette filteret',
  details: {
    title: 'Transaksjon',
    close: 'Lukk',
    raw: 'Kildelinje',
    noRaw: 'Ingen kildelinje lagret (demodata eller en import som ikke tar vare på den).',
    batch: 'Importbunke',
    batchId: 'Bunke',
    file: 'Fil',
    format: 'Format',
    imported: 'Importert',
    status: 'Status'
  }
} satisfies typeof en

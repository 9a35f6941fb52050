import type en from '../en/transactions'

export default {
  title: 'Transaktioner',
  intro: 'Nyeste først.',
  empty: 'Ingen transaktioner endnu.',
  columns: {
    time: 'Tidspunkt (lokal tid)',
    merchant: 'Forretning',
    country: 'Land',
    method: 'Betalingsmåde',
    origin: 'Kort udstedt i',
    scheme: 'Kortnetværk',
    kind: 'Art',
    status: 'Tilstand',
    amount: 'Beløb',
    converted: 'I {currency}'
  },
  kinds: { payment: 'Betaling', refund: 'Refusion' },
  statuses: { captured: 'Gennemført', settled: 'Afregnet', pending: 'Afventer', failed: 'Mislykket' },
  introFiltered: 'Nyeste først, med overblikkets filtre. Rul for at se flere; klik på en række for detaljer.',
  none: 'Ingen transaktioner matcher disse filtre.',
  search: 'Søg',
  searchHint: 'Transaktions-id eller forretning',
  sortBy: 'Sortér efter',
  sort: { time: 'Tidspunkt', amount: 'Beløb', desc: 'Største / nyeste først', asc: 'Mindste / ældste først' },
  hourChip: 'kl. {hour}:00–{hour}:59 lokal tid',
  removeChip: 'Fjern dette filter',
  details: {
    title: 'Transaktion',
    close: 'Luk',
    raw: 'Kildelinje',
    noRaw: 'Der er ikke gemt nogen kildelinje (demodata eller en import, der ikke gemmer den).',
    batch: 'Importparti',
    batchId: 'Parti',
    file: 'Fil',
    format: 'Filformat',
    imported: 'Importeret',
    status: 'Tilstand'
  }
} satisfies typeof en

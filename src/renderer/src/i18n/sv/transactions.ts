import type en from '../en/transactions'

export default {
  title: 'Transaktioner',
  intro: 'Senaste först.',
  empty: 'Inga transaktioner ännu.',
  columns: {
    time: 'Tid (lokal)',
    merchant: 'Säljställe',
    country: 'Land',
    method: 'Betalsätt',
    origin: 'Kort utfärdat i',
    scheme: 'Kortnätverk',
    kind: 'Typ av post',
    status: 'Tillstånd',
    amount: 'Belopp',
    converted: 'I {currency}'
  },
  kinds: { payment: 'Betalning', refund: 'Återbetalning' },
  statuses: { captured: 'Genomförd', settled: 'Avräknad', pending: 'Väntande', failed: 'Misslyckad' },
  introFiltered: 'Senaste först, med översiktens filter. Skrolla för fler; klicka på en rad för detaljer.',
  none: 'Inga transaktioner matchar filtren.',
  search: 'Sök',
  searchHint: 'Transaktions-id eller säljställe',
  sortBy: 'Sortera efter',
  sort: { time: 'Tid', amount: 'Belopp', desc: 'Störst / senast först', asc: 'Minst / äldst först' },
  hourChip: 'kl. {hour}:00–{hour}:59 lokal tid',
  removeChip: 'Ta bort filtret',
  details: {
    title: 'Transaktion',
    close: 'Stäng',
    raw: 'Källrad',
    noRaw: 'Ingen källrad sparad (demodata eller en import som inte sparar den).',
    batch: 'Importomgång',
    batchId: 'Omgång',
    file: 'Fil',
    format: 'Filformat',
    imported: 'Importerad',
    status: 'Tillstånd'
  }
} satisfies typeof en

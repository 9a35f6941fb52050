import type en from '../en/imports'

export default {
  title: 'Import',
  intro: 'Alle filer som er importert i denne databasen, nyeste først.',
  empty: 'Ingen filer er importert ennå.',
  columns: {
    file: 'Fil',
    format: 'Format',
    started: 'Startet',
    rows: 'Rader',
    imported: 'Importert',
    duplicates: 'Duplikater',
    rejected: 'Avvist',
    status: 'Status'
  },
  statuses: { running: 'Pågår', done: 'Ferdig', undone: 'Angret' }
} satisfies typeof en

export default {
  title: 'Import',
  intro: 'Every file imported into this store, newest first.',
  empty: 'No files imported yet.',
  columns: {
    file: 'File',
    format: 'Format',
    started: 'Started',
    rows: 'Rows',
    imported: 'Imported',
    duplicates: 'Duplicates',
    rejected: 'Rejected',
    status: 'Status'
  },
  statuses: { running: 'Running', done: 'Done', undone: 'Undone' }
}

import team from './team'

export default {
  team,
  fxManual: {
    import: 'Import rates file…',
    importHint: 'Norges Bank exchange rates (CSV) or the ECB euro reference rates (eurofxref-hist.csv).',
    imported: '{saved} rates saved from {file} ({currencies}, {from} – {to}); {skipped} lines skipped.',
    currency: 'Currency',
    day: 'Day',
    rate: 'NOK per unit',
    save: 'Save rate',
    saved: 'Saved the {currency} rate for {day}; every figure now uses it.'
  },
  backup: {
    title: 'Backup',
    intro:
      'A backup is a checked copy of the whole store: merchants, imports, transactions and settings. Restoring one replaces the store; the replaced store is kept beside it.',
    backUp: 'Back up store…',
    restore: 'Restore…',
    saved: 'Backed up to {path}.',
    restored: 'Restored {file}: {merchants} merchants, {transactions} transactions. The replaced store is kept at {kept}.'
  },
  title: 'Settings',
  general: 'General',
  saved: 'Saved',
  store: 'Store file',
  fxTitle: 'Exchange rates',
  fxIntro: 'NOK per one unit of each currency. ≈ marks the approximate reference rates bundled with Kassa, not official fixings.',
  fxApproximate: 'approximate reference rates',
  fxEmpty: 'No exchange rates stored.',
  fxShown: 'Showing the newest {shown} of {total} rate dates',
  fxShowNewest: 'Show the newest {count} dates only',
  fxShowAll: 'Show all dates',
  sources: { reference: 'Bundled reference' },
  columns: { day: 'Date', source: 'Source' }
}

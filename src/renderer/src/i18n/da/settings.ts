import type en from '../en/settings'
import team from './team'

export default {
  team,
  fxManual: {
    import: 'Importér kursfil …',
    importHint: 'Valutakurser fra Norges Bank (CSV) eller ECB’s referencekurser for euro (eurofxref-hist.csv).',
    imported: '{saved} kurser gemt fra {file} ({currencies}, {from} – {to}); {skipped} linjer sprunget over.',
    currency: 'Valuta',
    day: 'Dag',
    rate: 'NOK pr. enhed',
    save: 'Gem kurs',
    saved: 'Kursen for {currency} den {day} er gemt; alle tal bruger den nu.'
  },
  backup: {
    title: 'Sikkerhedskopi',
    intro:
      'En sikkerhedskopi er en kontrolleret kopi af hele databasen: forretninger, importer, transaktioner og indstillinger. Gendannes en, erstattes databasen; den erstattede gemmes ved siden af.',
    backUp: 'Sikkerhedskopiér database…',
    restore: 'Gendan…',
    saved: 'Sikkerhedskopieret til {path}.',
    restored:
      'Gendannede {file}: {merchants} forretninger, {transactions} transaktioner. Den erstattede database er gemt som {kept}.'
  },
  title: 'Indstillinger',
  general: 'Generelt',
  saved: 'Gemt',
  store: 'Databasefil',
  fxTitle: 'Valutakurser',
  fxIntro:
    'NOK pr. enhed af hver valuta. ≈ markerer de omtrentlige referencekurser, der følger med Kassa, ikke officielle noteringer.',
  fxApproximate: 'omtrentlige referencekurser',
  fxEmpty: 'Der er ingen valutakurser gemt.',
  fxShown: 'Viser de nyeste {shown} af {total} kursdatoer',
  fxShowNewest: 'Vis kun de nyeste {count} datoer',
  fxShowAll: 'Vis alle datoer',
  sources: { reference: 'Medfølgende reference' },
  columns: { day: 'Dato', source: 'Kilde' }
} satisfies typeof en

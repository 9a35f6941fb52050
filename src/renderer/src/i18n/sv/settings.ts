import type en from '../en/settings'
import team from './team'

export default {
  team,
  fxManual: {
    import: 'Importera kursfil …',
    importHint: 'Växelkurser från Norges Bank (CSV) eller ECB:s referenskurser för euro (eurofxref-hist.csv).',
    imported: '{saved} kurser sparade från {file} ({currencies}, {from} – {to}); {skipped} rader hoppades över.',
    currency: 'Valuta',
    day: 'Dag',
    rate: 'NOK per enhet',
    save: 'Spara kurs',
    saved: 'Kursen för {currency} den {day} är sparad; alla siffror använder den nu.'
  },
  backup: {
    title: 'Säkerhetskopia',
    intro:
      'En säkerhetskopia är en kontrollerad kopia av hela databasen: säljställen, importer, transaktioner och inställningar. Återställs en ersätts databasen; den ersatta sparas bredvid.',
    backUp: 'Säkerhetskopiera databasen…',
    restore: 'Återställ…',
    saved: 'Säkerhetskopierad till {path}.',
    restored:
      'Återställde {file}: {merchants} säljställen, {transactions} transaktioner. Den ersatta databasen sparas som {kept}.'
  },
  title: 'Inställningar',
  general: 'Allmänt',
  saved: 'Sparat',
  store: 'Databasfil',
  fxTitle: 'Växelkurser',
  fxIntro:
    'NOK per enhet av varje valuta. ≈ markerar de ungefärliga referenskurser som följer med Kassa, inte officiella noteringar.',
  fxApproximate: 'ungefärliga referenskurser',
  fxEmpty: 'Inga växelkurser sparade.',
  fxShown: 'Visar de senaste {shown} av {total} kursdatum',
  fxShowNewest: 'Visa bara de senaste {count} datumen',
  fxShowAll: 'Visa alla datum',
  sources: { reference: 'Medföljande referens' },
  columns: { day: 'Datum', source: 'Källa' }
} satisfies typeof en

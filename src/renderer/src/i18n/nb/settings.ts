import type en from '../en/settings'
import team from './team'

export default {
  team,
  fxManual: {
    import: 'Importer kursfil…',
    importHint: 'Norges Banks valutakurser (CSV) eller ECBs euro-referansekurser (eurofxref-hist.csv).',
    imported: '{saved} kurser lagret fra {file} ({currencies}, {from} – {to}); {skipped} linjer hoppet over.',
    currency: 'Valuta',
    day: 'Dag',
    rate: 'NOK per enhet',
    save: 'Lagre kurs',
    saved: 'Lagret {currency}-kursen for {day}; alle tall bruker den nå.'
  },
  backup: {
    title: 'Sikkerhetskopi',
    intro:
      'En sikkerhetskopi er en kontrollert kopi av hele databasen: brukersteder, importer, transaksjoner og innstillinger. Å gjenopprette en erstatter databasen; den erstattede databasen beholdes ved siden av.',
    backUp: 'Ta sikkerhetskopi…',
    restore: 'Gjenopprett…',
    saved: 'Sikkerhetskopi lagret i {path}.',
    restored:
      'Gjenopprettet {file}: {merchants} brukersteder, {transactions} transaksjoner. Den erstattede databasen er beholdt i {kept}.'
  },
  title: 'Innstillinger',
  general: 'Generelt',
  saved: 'Lagret',
  store: 'Databasefil',
  fxTitle: 'Valutakurser',
  fxIntro:
    'NOK per enhet av hver valuta. ≈ markerer de omtrentlige referansekursene som følger med Kassa, ikke offisielle kurser.',
  fxApproximate: 'omtrentlige referansekurser',
  fxEmpty: 'Ingen valutakurser lagret.',
  fxShown: 'Viser de nyeste {shown} av {total} kursdatoer',
  fxShowNewest: 'Vis bare de nyeste {count} datoene',
  fxShowAll: 'Vis alle datoer',
  sources: { reference: 'Medfølgende referanse' },
  columns: { day: 'Dato', source: 'Kilde' }
} satisfies typeof en

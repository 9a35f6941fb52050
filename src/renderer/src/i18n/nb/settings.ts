import type en from '../en/settings'

export default {
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

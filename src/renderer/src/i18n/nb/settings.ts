import type en from '../en/settings'

export default {
  title: 'Innstillinger',
  general: 'Generelt',
  saved: 'Lagret',
  store: 'Databasefil',
  fxTitle: 'Valutakurser',
  fxIntro: 'NOK per enhet av hver valuta. Kurser merket omtrentlige er medfølgende referansekurser, ikke offisielle kurser.',
  fxApproximate: 'omtrentlige referansekurser',
  fxEmpty: 'Ingen valutakurser lagret.',
  fxShown: 'Viser de nyeste {shown} av {total} kurser',
  columns: { day: 'Dato', currency: 'Valuta', rate: 'NOK per enhet', source: 'Kilde', approximate: 'Omtrentlig' }
} satisfies typeof en

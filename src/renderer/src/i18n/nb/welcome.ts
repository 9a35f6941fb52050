import type en from '../en/welcome'

export default {
  title: 'Velkommen til Kassa',
  intro:
    'Kassa sammenligner Alipay- og kortbetalinger for nordiske butikker. Databasen er tom — start med demodata eller importer en fil.',
  demoTitle: 'Prøv med demodata',
  demoText: 'Lager brukersteder i Danmark, Norge, Sverige og Finland med to års salg fra Alipay-lanseringen i hvert land.',
  demoSize: 'Antall transaksjoner',
  loadDemo: 'Last inn demodata',
  loadingDemo: 'Lager demodata …',
  progress: '{done} av {total} transaksjoner',
  progressUnknown: '{done} transaksjoner',
  importTitle: 'Bruk egne data',
  importText: 'Importer oppgjørs- eller transaksjonsfiler fra Alipay, Nets, Vipps, Adyen eller banken.',
  importFile: 'Importer en fil'
} satisfies typeof en

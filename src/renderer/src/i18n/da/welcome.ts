import type en from '../en/welcome'

export default {
  title: 'Velkommen til Kassa',
  intro:
    'Kassa sammenligner Alipay- og kortbetalinger for nordiske butikker. Databasen er tom — start med demodata, eller importér en fil.',
  demoTitle: 'Prøv med demodata',
  demoText: 'Opretter forretninger i Danmark, Norge, Sverige og Finland med to års salg fra Alipay-lanceringen i hvert land.',
  demoSize: 'Antal transaktioner',
  loadDemo: 'Indlæs demodata',
  loadingDemo: 'Opretter demodata …',
  progress: '{done} af {total} transaktioner',
  progressUnknown: '{done} transaktioner',
  importTitle: 'Brug dine egne data',
  importText: 'Importér afregnings- eller transaktionsfiler fra Alipay, Nets, Vipps, Adyen eller din bank.',
  importFile: 'Importér en fil'
} satisfies typeof en

import type en from '../en/welcome'

export default {
  title: 'Välkommen till Kassa',
  intro:
    'Kassa jämför Alipay- och kortbetalningar för nordiska butiker. Databasen är tom — börja med demodata eller importera en fil.',
  demoTitle: 'Prova med demodata',
  demoText:
    'Skapar säljställen i Danmark, Norge, Sverige och Finland med två års försäljning från Alipay-lanseringen i varje land.',
  demoSize: 'Antal transaktioner',
  loadDemo: 'Läs in demodata',
  loadingDemo: 'Skapar demodata …',
  progress: '{done} av {total} transaktioner',
  progressUnknown: '{done} transaktioner',
  importTitle: 'Använd egna data',
  importText: 'Importera avräknings- eller transaktionsfiler från Alipay, Nets, Vipps, Adyen eller din bank.',
  importFile: 'Importera en fil'
} satisfies typeof en

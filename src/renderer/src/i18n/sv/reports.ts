import type en from '../en/reports'

export default {
  title: 'Rapporter',
  intro: 'Rapporter byggda på samma siffror som översikten, sparade som PDF, HTML, CSV eller Excel — utan nätanslutning.',
  available: 'Tillgängliga rapporter',
  types: {
    statement: 'Försäljningsrapport för säljställe',
    portfolio: 'Portföljrapport',
    pipeline: 'Kundanslutning',
    tourism: 'Turisters köp'
  },
  describe: {
    statement:
      'Ett säljställe: försäljning per kundgrupp, återbetalningar, avgifter, netto, snittköp, en daglig tabell och förändringen mot föregående period.',
    portfolio:
      'Ett land, en kundansvarig eller alla säljställen: nyckeltal, Alipay jämfört med kort, multipeln för kinesiska kunder, de största säljställena och utvecklingen per månad.',
    pipeline: 'Säljställen per steg och land, tratten, vilande säljställen och driftsättningar under perioden.',
    tourism: 'Kinesiska kunder jämfört med inhemska kortinnehavare över tid, mot referensen från 2018 på 4 000 NOK mot 338 NOK.'
  },
  form: {
    type: 'Rapport',
    merchant: 'Säljställe',
    country: 'Land',
    rep: 'Kundansvarig',
    any: 'Alla',
    from: 'Från',
    to: 'Till',
    currency: 'Valuta',
    locale: 'Rapportens språk',
    build: 'Skapa rapport',
    building: 'Skapar …',
    cancel: 'Avbryt'
  },
  countries: { DK: 'Danmark', NO: 'Norge', SE: 'Sverige', FI: 'Finland' },
  steps: {
    build: 'Läser siffror …',
    render: 'Ställer upp …',
    pick: 'Väljer var filen ska sparas …',
    write: 'Skriver filen …',
    done: 'Klart'
  },
  noMerchants: 'Det finns inga säljställen ännu: läs in demodata eller importera en fil först.',
  preview: 'Förhandsvisning',
  previewFrame: 'Förhandsvisning av rapporten',
  export: 'Spara som',
  formats: { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel (XLSX)' },
  saved: 'Sparad: {path}',
  open: 'Öppna',
  notSaved: 'Inte sparad: ingen fil valdes.'
} satisfies typeof en

import type en from '../en/reports'

export default {
  title: 'Rapporter',
  intro:
    'Opgørelser og rapporter bygget på de samme tal som overblikket, gemt som PDF, HTML, CSV eller Excel — uden netforbindelse.',
  available: 'Tilgængelige rapporter',
  types: {
    statement: 'Salgsopgørelse for forretning',
    portfolio: 'Porteføljerapport',
    pipeline: 'Kundeoptag',
    tourism: 'Turistforbrug'
  },
  describe: {
    statement:
      'Én forretning: salg pr. kundegruppe, refusioner, gebyrer, netto, gennemsnitligt køb, en daglig tabel og ændringen mod forrige periode.',
    portfolio:
      'Et land, en kundeansvarlig eller alle forretninger: nøgletal, Alipay over for kort, multiplikatoren for kinesiske kunder, de største forretninger og udviklingen pr. måned.',
    pipeline: 'Forretninger pr. fase og land, tragten, stillestående forretninger og forretninger sat i drift i perioden.',
    tourism: 'Kinesiske kunder over for indenlandske kortholdere over tid, mod referencen fra 2018 på 4.000 NOK mod 338 NOK.'
  },
  form: {
    type: 'Rapport',
    merchant: 'Forretning',
    country: 'Land',
    rep: 'Kundeansvarlig',
    any: 'Alle',
    from: 'Fra',
    to: 'Til',
    currency: 'Valuta',
    locale: 'Rapportens sprog',
    build: 'Lav rapport',
    building: 'Laver …',
    cancel: 'Annullér'
  },
  countries: { DK: 'Danmark', NO: 'Norge', SE: 'Sverige', FI: 'Finland' },
  steps: {
    build: 'Læser tal …',
    render: 'Opsætter …',
    pick: 'Vælger, hvor filen skal gemmes …',
    write: 'Skriver filen …',
    done: 'Færdig'
  },
  noMerchants: 'Der er ingen forretninger endnu: indlæs demodata, eller importér en fil først.',
  preview: 'Eksempel',
  previewFrame: 'Eksempel på rapporten',
  export: 'Gem som',
  formats: { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel (XLSX)' },
  saved: 'Gemt: {path}',
  open: 'Åbn',
  notSaved: 'Ikke gemt: der blev ikke valgt nogen fil.'
} satisfies typeof en

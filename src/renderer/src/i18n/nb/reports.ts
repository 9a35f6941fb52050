import type en from '../en/reports'

export default {
  title: 'Rapporter',
  intro: 'Oppgjør og rapporter bygget på de samme tallene som oversikten, lagret som PDF, HTML, CSV eller Excel — uten nett.',
  available: 'Tilgjengelige rapporter',
  types: {
    statement: 'Salgsoppgjør for brukersted',
    portfolio: 'Porteføljerapport',
    pipeline: 'Kundeopptak',
    tourism: 'Turistforbruk'
  },
  describe: {
    statement:
      'Ett brukersted: salg per segment, refusjoner, gebyrer, netto, snittkjøp, en tabell per dag og endringen mot forrige periode.',
    portfolio:
      'Et land, en kundeansvarlig eller alle brukersteder: nøkkeltall, Alipay mot kort, multiplikatoren for kinesiske kunder, største brukersteder og utviklingen per måned.',
    pipeline: 'Brukersteder per fase og land, trakten, stillestående brukersteder og hvem som gikk live i perioden.',
    tourism: 'Kinesiske kunder mot innenlandske kortholdere over tid, mot referansen fra 2018 på 4 000 kr mot 338 kr.'
  },
  form: {
    type: 'Rapport',
    merchant: 'Brukersted',
    country: 'Land',
    rep: 'Kundeansvarlig',
    any: 'Alle',
    from: 'Fra',
    to: 'Til',
    currency: 'Valuta',
    locale: 'Rapportspråk',
    build: 'Lag rapport',
    building: 'Lager…',
    cancel: 'Avbryt'
  },
  countries: { DK: 'Danmark', NO: 'Norge', SE: 'Sverige', FI: 'Finland' },
  steps: {
    build: 'Leser tall…',
    render: 'Setter opp…',
    pick: 'Velger hvor filen skal lagres…',
    write: 'Skriver filen…',
    done: 'Ferdig'
  },
  noMerchants: 'Det finnes ingen brukersteder ennå: last inn demodata eller importer en fil først.',
  preview: 'Forhåndsvisning',
  previewFrame: 'Forhåndsvisning av rapporten',
  export: 'Lagre som',
  formats: { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel (XLSX)' },
  saved: 'Lagret {path}',
  open: 'Åpne',
  notSaved: 'Ikke lagret: ingen fil ble valgt.'
} satisfies typeof en

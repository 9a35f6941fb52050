import type en from '../en/reports'

export default {
  title: 'Rapporter',
  intro: 'Rapportene bygger på de samme tallene som oversikten, i rapporteringsvalutaen din.',
  planned: 'Tilgjengelige rapporter',
  kinds: {
    monthly: 'Månedsoppsummering per brukersted: Alipay- mot kortvolum, snitt og refusjoner.',
    country: 'Utrulling per land: Alipay-bruk siden lanseringsdatoen i hvert land.',
    reconciliation: 'Avstemming: salg, gebyrer og oppgjør per utbetaling.'
  },
  notYet: 'Eksport av rapporter kommer i en senere versjon.'
} satisfies typeof en

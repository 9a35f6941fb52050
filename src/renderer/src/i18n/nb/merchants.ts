import type en from '../en/merchants'

export default {
  title: 'Brukersteder',
  count: '{count} brukersteder',
  empty: 'Ingen brukersteder ennå.',
  columns: {
    name: 'Navn',
    country: 'Land',
    orgNumber: 'Organisasjonsnummer',
    stage: 'Fase',
    rep: 'Kundeansvarlig',
    stores: 'Butikker'
  }
} satisfies typeof en

import type en from '../en/nav'

export default {
  label: 'Päävalikko',
  welcome: 'Tervetuloa',
  dashboard: 'Yleiskatsaus',
  transactions: 'Maksutapahtumat',
  import: 'Tuonti',
  merchants: 'Kauppiaat',
  reports: 'Raportit',
  settings: 'Asetukset'
} satisfies typeof en

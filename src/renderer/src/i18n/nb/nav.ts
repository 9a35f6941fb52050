import type en from '../en/nav'

export default {
  label: 'Hovedmeny',
  welcome: 'Velkommen',
  dashboard: 'Oversikt',
  transactions: 'Transaksjoner',
  import: 'Import',
  merchants: 'Brukersteder',
  reports: 'Rapporter',
  settings: 'Innstillinger'
} satisfies typeof en

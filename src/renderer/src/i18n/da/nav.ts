import type en from '../en/nav'

export default {
  label: 'Hovedmenu',
  welcome: 'Velkommen',
  dashboard: 'Overblik',
  transactions: 'Transaktioner',
  import: 'Importér',
  merchants: 'Forretninger',
  reports: 'Rapporter',
  settings: 'Indstillinger'
} satisfies typeof en

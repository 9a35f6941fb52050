import type en from '../en/nav'

export default {
  label: 'Huvudmeny',
  welcome: 'Välkommen',
  dashboard: 'Översikt',
  transactions: 'Transaktioner',
  import: 'Importera',
  merchants: 'Säljställen',
  reports: 'Rapporter',
  settings: 'Inställningar'
} satisfies typeof en

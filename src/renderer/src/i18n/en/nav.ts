export default {
  label: 'Main navigation',
  welcome: 'Welcome',
  dashboard: 'Dashboard',
  transactions: 'Transactions',
  import: 'Import',
  merchants: 'Merchants',
  reports: 'Reports',
  settings: 'Settings'
}

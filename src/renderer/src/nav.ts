// The left navigation, in order. Screens added later append an entry here (and a route in router.ts).
export interface NavItem {
  /** Route name in router.ts. */
  name: string
  /** i18n key of the label. */
  label: string
}

export const navItems: NavItem[] = [
  { name: 'dashboard', label: 'nav.dashboard' },
  { name: 'transactions', label: 'nav.transactions' },
  { name: 'import', label: 'nav.import' },
  { name: 'merchants', label: 'nav.merchants' },
  { name: 'reports', label: 'nav.reports' },
  { name: 'settings', label: 'nav.settings' }
]

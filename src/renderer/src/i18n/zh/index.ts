// Simplified Chinese for shop staff: the screens they use (dashboard, reports, settings and the
// frame around them). Transactions, import and the merchant screens fall back to English
// (docs/decisions.md); of the merchants area only the go-live dates on Settings are here.
import common from './common'
import nav from './nav'
import welcome from './welcome'
import dashboard from './dashboard'
import reports from './reports'
import settings from './settings'
import merchants from './merchants'

export default {
  common,
  nav,
  welcome,
  dashboard,
  reports,
  settings,
  merchants
}

// Simplified Chinese for shop staff: the screens they use (dashboard, reports, settings and the
// frame around them). Transactions, import and merchants fall back to English (docs/decisions.md).
import common from './common'
import nav from './nav'
import welcome from './welcome'
import dashboard from './dashboard'
import reports from './reports'
import settings from './settings'

export default {
  common,
  nav,
  welcome,
  dashboard,
  reports,
  settings
}

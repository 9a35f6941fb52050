// Swedish messages, one file per area, each checked against English's shape.
import common from './common'
import nav from './nav'
import welcome from './welcome'
import dashboard from './dashboard'
import transactions from './transactions'
import imports from './imports'
import merchants from './merchants'
import reports from './reports'
import settings from './settings'

export default {
  common,
  nav,
  welcome,
  dashboard,
  transactions,
  imports,
  merchants,
  reports,
  settings
}

// Types straight from core (not via api.ts) so Node-side tests can import format.ts without DOM types.
import type { RouteOutput } from '../../../core/api'

export type AppLocale = RouteOutput<'settings.get'>['locale']
export type ReportingCurrency = RouteOutput<'settings.get'>['currency']

export const APP_LOCALES: { code: AppLocale; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'nb', label: 'Norsk bokmål' }
]

export const REPORTING_CURRENCIES: ReportingCurrency[] = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'CNY']

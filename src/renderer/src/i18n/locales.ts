// Types straight from core (not via api.ts) so Node-side tests can import format.ts without DOM types.
import type { RouteOutput } from '../../../core/api'

export type AppLocale = RouteOutput<'settings.get'>['locale']
export type ReportingCurrency = RouteOutput<'settings.get'>['currency']

/** Each language in its own name, as a speaker looks for it in a list. */
export const APP_LOCALES: { code: AppLocale; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'nb', label: 'Norsk bokmål' },
  { code: 'da', label: 'Dansk' },
  { code: 'sv', label: 'Svenska' },
  { code: 'fi', label: 'Suomi' },
  { code: 'zh', label: '简体中文' }
]

export const REPORTING_CURRENCIES: ReportingCurrency[] = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'CNY']

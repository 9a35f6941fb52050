import type en from '../en/common'

export default {
  appName: 'Kassa',
  loading: 'Laster …',
  skipToContent: 'Hopp til innholdet',
  adminSetting: 'Felles for alle ved denne maskinen: en administrator endrer den.',
  retry: 'Prøv igjen',
  error: 'Noe gikk galt: {message}',
  language: 'Språk',
  reportingCurrency: 'Rapporteringsvaluta',
  none: 'Ingen',
  yes: 'Ja',
  no: 'Nei',
  loadMore: 'Last inn flere',
  allLoaded: 'Alle rader vises',
  rowsShown: '{count} rader vises',
  methods: { alipay: 'Alipay', card: 'Kort', other: 'Annet' },
  origins: { alipay: '–', domestic: 'Innenlands', cn: 'Kina', foreign: 'Annet land', unknown: 'Ukjent', other: 'Annet' },
  countries: { DK: 'Danmark', NO: 'Norge', SE: 'Sverige', FI: 'Finland' }
} satisfies typeof en

import type en from '../en/common'

export default {
  appName: 'Kassa',
  loading: 'Läser in …',
  skipToContent: 'Hoppa till innehållet',
  retry: 'Försök igen',
  error: 'Något gick fel: {message}',
  language: 'Språk',
  reportingCurrency: 'Rapportvaluta',
  none: 'Inga',
  yes: 'Ja',
  no: 'Nej',
  loadMore: 'Visa fler',
  allLoaded: 'Alla rader visas',
  rowsShown: '{count} rader visas',
  methods: { alipay: 'Alipay', card: 'Kort', other: 'Annat' },
  origins: { alipay: '–', domestic: 'Inhemskt', cn: 'Kina', foreign: 'Annat land', unknown: 'Okänt', other: 'Annat' },
  countries: { DK: 'Danmark', NO: 'Norge', SE: 'Sverige', FI: 'Finland' }
} satisfies typeof en

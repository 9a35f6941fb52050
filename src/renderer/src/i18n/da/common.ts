import type en from '../en/common'

export default {
  appName: 'Kassa',
  loading: 'Indlæser …',
  skipToContent: 'Gå til indholdet',
  retry: 'Prøv igen',
  error: 'Noget gik galt: {message}',
  language: 'Sprog',
  reportingCurrency: 'Rapporteringsvaluta',
  none: 'Ingen',
  yes: 'Ja',
  no: 'Nej',
  loadMore: 'Vis flere',
  allLoaded: 'Alle rækker vises',
  rowsShown: '{count} rækker vises',
  methods: { alipay: 'Alipay', card: 'Kort', other: 'Andet' },
  origins: { alipay: '–', domestic: 'Indenlandsk', cn: 'Kina', foreign: 'Andet land', unknown: 'Ukendt', other: 'Andet' },
  countries: { DK: 'Danmark', NO: 'Norge', SE: 'Sverige', FI: 'Finland' }
} satisfies typeof en

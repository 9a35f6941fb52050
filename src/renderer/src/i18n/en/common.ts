export default {
  appName: 'Kassa',
  loading: 'Loading…',
  skipToContent: 'Skip to content',
  adminSetting: 'Shared by everyone at this computer: an admin changes it.',
  retry: 'Try again',
  error: 'Something went wrong: {message}',
  language: 'Language',
  reportingCurrency: 'Reporting currency',
  none: 'None',
  yes: 'Yes',
  no: 'No',
  loadMore: 'Load more',
  allLoaded: 'All rows shown',
  rowsShown: '{count} rows shown',
  methods: { alipay: 'Alipay', card: 'Card', other: 'Other' },
  origins: { alipay: '–', domestic: 'Domestic', cn: 'China', foreign: 'Other country', unknown: 'Unknown', other: 'Other' },
  countries: { DK: 'Denmark', NO: 'Norway', SE: 'Sweden', FI: 'Finland' }
}

export default {
  title: 'Reports',
  intro: 'Statements and reports built from the same figures as the dashboard, saved as PDF, HTML, CSV or Excel — offline.',
  available: 'Available reports',
  types: {
    statement: 'Merchant statement',
    portfolio: 'Portfolio report',
    pipeline: 'Onboarding pipeline',
    tourism: 'Tourism spend'
  },
  describe: {
    statement:
      'One merchant: sales by segment, refunds, fees, net, average ticket, a daily table and the change against the previous period.',
    portfolio:
      'A country, a rep or all merchants: key figures, Alipay vs card, the Chinese-customer multiple, top merchants and the monthly trend.',
    pipeline: 'Merchants per stage and country, the funnel, stale merchants and go-lives in the period.',
    tourism: 'Chinese customers vs domestic card holders over time, against the 2018 reference of NOK 4,000 vs NOK 338.'
  },
  form: {
    type: 'Report',
    merchant: 'Merchant',
    country: 'Country',
    rep: 'Account rep',
    any: 'All',
    from: 'From',
    to: 'To',
    currency: 'Currency',
    locale: 'Report language',
    build: 'Build report',
    building: 'Building…',
    cancel: 'Cancel'
  },
  countries: { DK: 'Denmark', NO: 'Norway', SE: 'Sweden', FI: 'Finland' },
  steps: {
    build: 'Reading figures…',
    render: 'Rendering…',
    pick: 'Choosing where to save…',
    write: 'Writing the file…',
    done: 'Done'
  },
  noMerchants: 'There are no merchants yet: load demo data or import a file first.',
  preview: 'Preview',
  previewFrame: 'Report preview',
  export: 'Save as',
  formats: { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel (XLSX)' },
  saved: 'Saved {path}',
  open: 'Open',
  notSaved: 'Not saved: no file was chosen.'
}

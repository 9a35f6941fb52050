export default {
  title: 'Dashboard',
  period: '{from} – {to}',
  inCurrency: 'All amounts in {currency}',
  approximate: 'Converted with approximate reference exchange rates. Import central-bank rates for exact figures.',
  missingRates: 'Some days had no exchange rate; the nearest available rate was used.',
  empty: 'No payments in this period.',
  kpi: {
    alipayAverage: 'Average Alipay payment',
    cardAverage: 'Average card payment',
    cardCnAverage: 'Average Chinese-issued card payment',
    cardDomesticAverage: 'Average domestic card payment',
    chineseMultiple: 'Chinese customers vs domestic cards',
    chineseMultipleHint: 'Average Chinese-customer ticket (Alipay + Chinese cards) is {multiple} the domestic card average',
    payments: '{count} payments'
  },
  segmentsTitle: 'Segments',
  segments: {
    alipay: 'Alipay',
    card: 'All cards',
    card_domestic: 'Domestic cards',
    card_cn: 'Chinese-issued cards',
    card_foreign: 'Other foreign cards',
    chinese_customers: 'Chinese customers (Alipay + Chinese cards)'
  },
  columns: {
    segment: 'Segment',
    count: 'Payments',
    gross: 'Gross',
    refunds: 'Refunds',
    net: 'Net',
    average: 'Average',
    median: 'Median ≈',
    medianHint: 'Medians are estimated from ticket-size histograms (within about ±5 %).',
    shareVolume: 'Share of volume',
    shareCount: 'Share of payments',
    vsPrevious: 'Gross vs previous',
    vsLastYear: 'Gross vs last year'
  },
  chartTitle: 'Monthly payment volume by method',
  chartAxis: 'Gross volume ({currency})',
  chartSummary: 'Alipay {alipay}, card {card} over {months} months',
  savePng: 'Save as PNG',
  saveCsv: 'Data as CSV',
  showTable: 'Show as table',
  comparedWith: 'Changes compare with {previous} (previous period) and {lastYear} (same period last year).',
  seriesTitle: 'Gross payment volume by segment, per {granularity}',
  granularity: { auto: 'Automatic', day: 'day', week: 'week', month: 'month' },
  by: { country: 'By country', merchant: 'By merchant', store: 'By store' },
  byKey: { country: 'Country', merchant: 'Merchant', store: 'Store' },
  heatmap: {
    title: 'Payments by weekday and hour (local time)',
    caption: 'Number of payments; each shop counted in its own time zone. Click a cell for its transactions.',
    weekday: 'Weekday',
    cell: '{day} {hour}:00 – {count} payments'
  },
  tickets: { title: 'Ticket sizes (logarithmic bins)', axis: 'Payment amount ({currency})' },
  top: {
    title: 'Top merchants',
    byVolume: 'By Alipay volume',
    byGrowth: 'By growth vs previous period',
    alipay: 'Alipay gross',
    growth: 'Growth'
  },
  adoption: {
    title: 'Alipay adoption per country',
    axis: 'Merchants with Alipay sales',
    active: '{count} merchants active',
    liveDate: 'Alipay live since',
    notLive: 'Not live',
    live: 'Merchants live',
    activeNow: 'Active last month',
    volume: 'Volume since go-live'
  },
  delta: { previous: '{change} vs previous', lastYear: '{change} vs last year', new: 'new' },
  presets: {
    all: 'All data',
    this_month: 'This month',
    last_month: 'Last month',
    ytd: 'Year to date',
    last_12_months: 'Last 12 months',
    custom: 'Custom range'
  },
  filters: {
    period: 'Period',
    from: 'From',
    to: 'To',
    country: 'Country',
    method: 'Method',
    origin: 'Card issued in',
    merchants: 'Merchants',
    granularity: 'Time axis',
    reset: 'Clear filters'
  },
  views: { open: 'Saved views…', name: 'Name this view', save: 'Save view', delete: 'Delete “{name}”' }
}

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
  columns: { segment: 'Segment', count: 'Payments', gross: 'Gross', refunds: 'Refunds', net: 'Net', average: 'Average' },
  chartTitle: 'Monthly payment volume by method',
  chartAxis: 'Gross volume ({currency})',
  chartSummary: 'Alipay {alipay}, card {card} over {months} months'
}

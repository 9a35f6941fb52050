export default {
  title: 'Reports',
  intro: 'Reports are built from the same figures as the dashboard, in your reporting currency.',
  planned: 'Available reports',
  kinds: {
    monthly: 'Monthly summary per merchant: Alipay vs card volume, averages and refunds.',
    country: 'Country roll-out: Alipay adoption since each country’s go-live date.',
    reconciliation: 'Reconciliation: sales, fees and settlements per payout.'
  },
  notYet: 'Report export is coming in a later version.'
}

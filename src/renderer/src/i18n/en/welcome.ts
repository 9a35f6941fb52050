export default {
  title: 'Welcome to Kassa',
  intro: 'Kassa compares Alipay and card payments for Nordic shops. Your store is empty — start with demo data or import a file.',
  demoTitle: 'Try it with demo data',
  demoText:
    'Generates merchants in Denmark, Norway, Sweden and Finland with two years of sales from each country’s Alipay launch.',
  demoSize: 'Number of transactions',
  loadDemo: 'Load demo data',
  loadingDemo: 'Generating demo data…',
  progress: '{done} of {total} transactions',
  progressUnknown: '{done} transactions',
  importTitle: 'Use your own data',
  importText: 'Import settlement or transaction files from Alipay, Nets, Vipps, Adyen or your bank.',
  importFile: 'Import a file'
}

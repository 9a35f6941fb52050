import type en from '../en/dashboard'

export default {
  title: 'Oversikt',
  period: '{from} – {to}',
  inCurrency: 'Alle beløp i {currency}',
  approximate: 'Omregnet med omtrentlige referansekurser. Importer kurser fra sentralbanken for eksakte tall.',
  missingRates: 'Noen dager manglet valutakurs; nærmeste tilgjengelige kurs ble brukt.',
  empty: 'Ingen betalinger i perioden.',
  kpi: {
    alipayAverage: 'Gjennomsnittlig Alipay-betaling',
    cardAverage: 'Gjennomsnittlig kortbetaling',
    cardCnAverage: 'Gjennomsnittlig betaling med kinesisk kort',
    cardDomesticAverage: 'Gjennomsnittlig betaling med innenlandsk kort',
    chineseMultiple: 'Kinesiske kunder mot innenlandske kort',
    chineseMultipleHint: 'Kinesiske kunder (Alipay + kinesiske kort) handler i snitt for {multiple} innenlandsk kortsnitt',
    payments: '{count} betalinger'
  },
  segmentsTitle: 'Segmenter',
  segments: {
    alipay: 'Alipay',
    card: 'Alle kort',
    card_domestic: 'Innenlandske kort',
    card_cn: 'Kinesiske kort',
    card_foreign: 'Andre utenlandske kort',
    chinese_customers: 'Kinesiske kunder (Alipay + kinesiske kort)'
  },
  columns: { segment: 'Segment', count: 'Betalinger', gross: 'Brutto', refunds: 'Refusjoner', net: 'Netto', average: 'Snitt' },
  chartTitle: 'Månedlig betalingsvolum per betalingsmåte',
  chartAxis: 'Bruttovolum ({currency})',
  chartSummary: 'Alipay {alipay}, kort {card} over {months} måneder'
} satisfies typeof en

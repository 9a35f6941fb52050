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
  columns: {
    segment: 'Segment',
    count: 'Betalinger',
    gross: 'Brutto',
    refunds: 'Refusjoner',
    net: 'Netto',
    average: 'Snitt',
    median: 'Median ≈',
    medianHint: 'Medianer er anslått fra histogrammer over beløpsstørrelser (innenfor omtrent ±5 %).',
    shareVolume: 'Andel av volum',
    shareCount: 'Andel av betalinger',
    vsPrevious: 'Brutto mot forrige',
    vsLastYear: 'Brutto mot i fjor'
  },
  chartTitle: 'Månedlig betalingsvolum per betalingsmåte',
  chartAxis: 'Bruttovolum ({currency})',
  chartSummary: 'Alipay {alipay}, kort {card} over {months} måneder',
  savePng: 'Lagre som PNG',
  saveCsv: 'Data som CSV',
  showTable: 'Vis som tabell',
  comparedWith: 'Endringer sammenlignes med {previous} (forrige periode) og {lastYear} (samme periode i fjor).',
  seriesTitle: 'Bruttovolum per segment, per {granularity}',
  granularity: { auto: 'Automatisk', day: 'dag', week: 'uke', month: 'måned' },
  by: { country: 'Per land', merchant: 'Per brukersted', store: 'Per butikk' },
  byKey: { country: 'Land', merchant: 'Brukersted', store: 'Butikk' },
  heatmap: {
    title: 'Betalinger per ukedag og time (lokal tid)',
    caption: 'Antall betalinger; hver butikk i sin egen tidssone. Klikk en celle for transaksjonene.',
    weekday: 'Ukedag',
    cell: '{day} kl. {hour} – {count} betalinger'
  },
  tickets: { title: 'Beløpsstørrelser (logaritmiske intervaller)', axis: 'Betalingsbeløp ({currency})' },
  top: {
    title: 'Toppbrukersteder',
    byVolume: 'Etter Alipay-volum',
    byGrowth: 'Etter vekst mot forrige periode',
    alipay: 'Alipay brutto',
    growth: 'Vekst'
  },
  adoption: {
    title: 'Alipay-utbredelse per land',
    axis: 'Brukersteder med Alipay-salg',
    active: '{count} aktive brukersteder',
    liveDate: 'Alipay i drift fra',
    notLive: 'Ikke i drift',
    live: 'Brukersteder i drift',
    activeNow: 'Aktive siste måned',
    volume: 'Volum siden oppstart'
  },
  delta: { previous: '{change} mot forrige periode', lastYear: '{change} mot i fjor', new: 'ny' },
  presets: {
    all: 'Alle data',
    this_month: 'Denne måneden',
    last_month: 'Forrige måned',
    ytd: 'Hittil i år',
    last_12_months: 'Siste 12 måneder',
    custom: 'Egendefinert periode'
  },
  filters: {
    period: 'Periode',
    from: 'Fra',
    to: 'Til',
    country: 'Land',
    method: 'Betalingsmåte',
    origin: 'Kort utstedt i',
    merchants: 'Brukersteder',
    granularity: 'Tidsakse',
    reset: 'Nullstill filtre'
  },
  views: { open: 'Lagrede visninger…', name: 'Navn på visningen', save: 'Lagre visning', delete: 'Slett «{name}»' }
} satisfies typeof en

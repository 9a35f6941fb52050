import type en from '../en/dashboard'

export default {
  title: 'Overblik',
  period: '{from} – {to}',
  inCurrency: 'Alle beløb i {currency}',
  approximate: 'Omregnet med omtrentlige referencekurser. Importér nationalbankkurser for nøjagtige tal.',
  missingRates: 'Nogle dage manglede valutakurs; den nærmeste tilgængelige kurs blev brugt.',
  empty: 'Ingen betalinger i denne periode.',
  kpi: {
    alipayAverage: 'Gennemsnitlig Alipay-betaling',
    cardAverage: 'Gennemsnitlig kortbetaling',
    cardCnAverage: 'Gennemsnitlig betaling med kinesisk kort',
    cardDomesticAverage: 'Gennemsnitlig betaling med indenlandsk kort',
    chineseMultiple: 'Kinesiske kunder over for indenlandske kort',
    chineseMultipleHint:
      'Det gennemsnitlige køb fra kinesiske kunder (Alipay + kinesiske kort) er {multiple} gennemsnittet for indenlandske kort',
    payments: '{count} betalinger'
  },
  segmentsTitle: 'Kundegrupper',
  segments: {
    alipay: 'Alipay',
    card: 'Alle kort',
    card_domestic: 'Indenlandske kort',
    card_cn: 'Kinesiske kort',
    card_foreign: 'Andre udenlandske kort',
    chinese_customers: 'Kinesiske kunder (Alipay + kinesiske kort)'
  },
  columns: {
    segment: 'Gruppe',
    count: 'Betalinger',
    gross: 'Brutto',
    refunds: 'Refusioner',
    net: 'Netto',
    average: 'Gennemsnit',
    median: 'Medianværdi ≈',
    medianHint: 'Medianer er anslået ud fra histogrammer over købsbeløb (inden for ca. ±5 %).',
    shareVolume: 'Andel af omsætning',
    shareCount: 'Andel af betalinger',
    vsPrevious: 'Brutto mod forrige',
    vsLastYear: 'Brutto mod sidste år'
  },
  chartTitle: 'Betalingsomsætning pr. måned og betalingsmåde',
  chartAxis: 'Bruttoomsætning ({currency})',
  chartSummary: 'Alipay {alipay}, kort {card} over {months} måneder',
  savePng: 'Gem som PNG',
  saveCsv: 'Data som CSV',
  showTable: 'Vis som tabel',
  comparedWith: 'Ændringer sammenlignes med {previous} (forrige periode) og {lastYear} (samme periode sidste år).',
  seriesTitle: 'Bruttoomsætning pr. kundegruppe og {granularity}',
  granularity: { auto: 'Automatisk', day: 'dag', week: 'uge', month: 'måned' },
  by: { country: 'Pr. land', merchant: 'Pr. forretning', store: 'Pr. butik' },
  byKey: { country: 'Land', merchant: 'Forretning', store: 'Butik' },
  heatmap: {
    title: 'Betalinger pr. ugedag og time (lokal tid)',
    caption: 'Antal betalinger; hver butik tælles i sin egen tidszone. Klik på en celle for at se dens transaktioner.',
    weekday: 'Ugedag',
    cell: '{day} kl. {hour} – {count} betalinger'
  },
  tickets: { title: 'Købsbeløb (logaritmiske intervaller)', axis: 'Betalingsbeløb ({currency})' },
  top: {
    title: 'Største forretninger',
    byVolume: 'Efter Alipay-omsætning',
    byGrowth: 'Efter vækst mod forrige periode',
    alipay: 'Alipay brutto',
    growth: 'Vækst'
  },
  adoption: {
    title: 'Udbredelse af Alipay pr. land',
    axis: 'Forretninger med Alipay-salg',
    active: '{count} aktive forretninger',
    liveDate: 'Alipay i drift siden',
    notLive: 'Ikke i drift',
    live: 'Forretninger i drift',
    activeNow: 'Aktive sidste måned',
    volume: 'Omsætning siden start'
  },
  delta: { previous: '{change} mod forrige', lastYear: '{change} mod sidste år', new: 'ny' },
  presets: {
    all: 'Alle data',
    this_month: 'Denne måned',
    last_month: 'Sidste måned',
    ytd: 'År til dato',
    last_12_months: 'Seneste 12 måneder',
    custom: 'Valgfri periode'
  },
  filters: {
    period: 'Periode',
    from: 'Fra',
    to: 'Til',
    country: 'Land',
    method: 'Betalingsmåde',
    origin: 'Kort udstedt i',
    merchants: 'Forretninger',
    granularity: 'Tidsakse',
    reset: 'Ryd filtre'
  },
  views: { open: 'Gemte visninger …', name: 'Navngiv visningen', save: 'Gem visning', delete: 'Slet “{name}”' }
} satisfies typeof en

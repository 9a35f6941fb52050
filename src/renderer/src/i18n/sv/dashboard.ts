import type en from '../en/dashboard'

export default {
  title: 'Översikt',
  period: '{from} – {to}',
  inCurrency: 'Alla belopp i {currency}',
  approximate: 'Omräknat med ungefärliga referenskurser. Importera centralbankskurser för exakta siffror.',
  missingRates: 'Vissa dagar saknade växelkurs; närmaste tillgängliga kurs användes.',
  empty: 'Inga betalningar under perioden.',
  kpi: {
    alipayAverage: 'Genomsnittlig Alipay-betalning',
    cardAverage: 'Genomsnittlig kortbetalning',
    cardCnAverage: 'Genomsnittlig betalning med kinesiskt kort',
    cardDomesticAverage: 'Genomsnittlig betalning med inhemskt kort',
    chineseMultiple: 'Kinesiska kunder jämfört med inhemska kort',
    chineseMultipleHint: 'Kinesiska kunders snittköp (Alipay + kinesiska kort) är {multiple} snittet för inhemska kort',
    payments: '{count} betalningar'
  },
  segmentsTitle: 'Kundgrupper',
  segments: {
    alipay: 'Alipay',
    card: 'Alla kort',
    card_domestic: 'Inhemska kort',
    card_cn: 'Kinesiska kort',
    card_foreign: 'Andra utländska kort',
    chinese_customers: 'Kinesiska kunder (Alipay + kinesiska kort)'
  },
  columns: {
    segment: 'Grupp',
    count: 'Betalningar',
    gross: 'Brutto',
    refunds: 'Återbetalningar',
    net: 'Netto',
    average: 'Snitt',
    median: 'Medianvärde ≈',
    medianHint: 'Medianerna uppskattas från histogram över köpbelopp (inom ungefär ±5 %).',
    shareVolume: 'Andel av volymen',
    shareCount: 'Andel av betalningarna',
    vsPrevious: 'Brutto mot föregående',
    vsLastYear: 'Brutto mot i fjol'
  },
  chartTitle: 'Betalningsvolym per månad och betalsätt',
  chartAxis: 'Bruttovolym ({currency})',
  chartSummary: 'Alipay {alipay}, kort {card} under {months} månader',
  savePng: 'Spara som PNG',
  saveCsv: 'Data som CSV',
  showTable: 'Visa som tabell',
  comparedWith: 'Förändringarna jämförs med {previous} (föregående period) och {lastYear} (samma period i fjol).',
  seriesTitle: 'Bruttovolym per kundgrupp och {granularity}',
  granularity: { auto: 'Automatiskt', day: 'dag', week: 'vecka', month: 'månad' },
  by: { country: 'Per land', merchant: 'Per säljställe', store: 'Per butik' },
  byKey: { country: 'Land', merchant: 'Säljställe', store: 'Butik' },
  heatmap: {
    title: 'Betalningar per veckodag och timme (lokal tid)',
    caption: 'Antal betalningar; varje butik räknas i sin egen tidszon. Klicka på en cell för att se dess transaktioner.',
    weekday: 'Veckodag',
    cell: '{day} kl. {hour} – {count} betalningar'
  },
  tickets: { title: 'Köpbelopp (logaritmiska intervall)', axis: 'Betalningsbelopp ({currency})' },
  top: {
    title: 'Största säljställen',
    byVolume: 'Efter Alipay-volym',
    byGrowth: 'Efter tillväxt mot föregående period',
    alipay: 'Alipay brutto',
    growth: 'Tillväxt'
  },
  adoption: {
    title: 'Alipay-användning per land',
    axis: 'Säljställen med Alipay-försäljning',
    active: '{count} aktiva säljställen',
    liveDate: 'Alipay i drift sedan',
    notLive: 'Inte i drift',
    live: 'Säljställen i drift',
    activeNow: 'Aktiva förra månaden',
    volume: 'Volym sedan start'
  },
  delta: { previous: '{change} mot föregående', lastYear: '{change} mot i fjol', new: 'ny' },
  presets: {
    all: 'Alla data',
    this_month: 'Denna månad',
    last_month: 'Förra månaden',
    ytd: 'Hittills i år',
    last_12_months: 'Senaste 12 månaderna',
    custom: 'Valfri period'
  },
  filters: {
    period: 'Tidsperiod',
    from: 'Från',
    to: 'Till',
    country: 'Land',
    method: 'Betalsätt',
    origin: 'Kort utfärdat i',
    merchants: 'Säljställen',
    granularity: 'Tidsaxel',
    reset: 'Rensa filter'
  },
  views: { open: 'Sparade vyer …', name: 'Namnge vyn', save: 'Spara vy', delete: 'Ta bort ”{name}”' }
} satisfies typeof en

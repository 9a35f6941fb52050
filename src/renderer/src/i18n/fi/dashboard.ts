import type en from '../en/dashboard'

export default {
  title: 'Yleiskatsaus',
  period: '{from} – {to}',
  inCurrency: 'Kaikki summat valuutassa {currency}',
  approximate: 'Muunnettu likimääräisillä viitekursseilla. Tuo keskuspankin kurssit tarkkoja lukuja varten.',
  missingRates: 'Joiltakin päiviltä puuttui valuuttakurssi; käytettiin lähintä saatavilla olevaa kurssia.',
  empty: 'Ei maksuja tällä jaksolla.',
  kpi: {
    alipayAverage: 'Alipay-maksun keskiarvo',
    cardAverage: 'Korttimaksun keskiarvo',
    cardCnAverage: 'Kiinalaisella kortilla maksetun keskiarvo',
    cardDomesticAverage: 'Kotimaisella kortilla maksetun keskiarvo',
    chineseMultiple: 'Kiinalaiset asiakkaat vs. kotimaiset kortit',
    chineseMultipleHint:
      'Kiinalaisten asiakkaiden keskiostos (Alipay + kiinalaiset kortit) on {multiple} kotimaisten korttien keskiarvo',
    payments: '{count} maksua'
  },
  segmentsTitle: 'Asiakasryhmät',
  segments: {
    alipay: 'Alipay',
    card: 'Kaikki kortit',
    card_domestic: 'Kotimaiset kortit',
    card_cn: 'Kiinalaiset kortit',
    card_foreign: 'Muut ulkomaiset kortit',
    chinese_customers: 'Kiinalaiset asiakkaat (Alipay + kiinalaiset kortit)'
  },
  columns: {
    segment: 'Ryhmä',
    count: 'Maksut',
    gross: 'Brutto',
    refunds: 'Hyvitykset',
    net: 'Netto',
    average: 'Keskiarvo',
    median: 'Mediaani ≈',
    medianHint: 'Mediaanit on arvioitu ostosummien histogrammeista (noin ±5 %:n tarkkuudella).',
    shareVolume: 'Osuus volyymista',
    shareCount: 'Osuus maksuista',
    vsPrevious: 'Brutto vs. edellinen',
    vsLastYear: 'Brutto vs. viime vuosi'
  },
  chartTitle: 'Maksuvolyymi kuukausittain maksutavoittain',
  chartAxis: 'Bruttovolyymi ({currency})',
  chartSummary: 'Alipay {alipay}, kortit {card}, {months} kuukautta',
  savePng: 'Tallenna PNG-kuvana',
  saveCsv: 'Tiedot CSV-muodossa',
  showTable: 'Näytä taulukkona',
  comparedWith: 'Muutoksia verrataan jaksoon {previous} (edellinen jakso) ja {lastYear} (sama jakso viime vuonna).',
  seriesTitle: 'Bruttomaksuvolyymi asiakasryhmittäin, aikayksikkö: {granularity}',
  granularity: { auto: 'Automaattinen', day: 'päivä', week: 'viikko', month: 'kuukausi' },
  by: { country: 'Maittain', merchant: 'Kauppiaittain', store: 'Myymälöittäin' },
  byKey: { country: 'Maa', merchant: 'Kauppias', store: 'Myymälä' },
  heatmap: {
    title: 'Maksut viikonpäivittäin ja tunneittain (paikallista aikaa)',
    caption: 'Maksujen määrä; kukin myymälä omalla aikavyöhykkeellään. Napsauta solua nähdäksesi sen maksutapahtumat.',
    weekday: 'Viikonpäivä',
    cell: '{day} klo {hour} – {count} maksua'
  },
  tickets: { title: 'Ostosummat (logaritmiset luokat)', axis: 'Maksun summa ({currency})' },
  top: {
    title: 'Suurimmat kauppiaat',
    byVolume: 'Alipay-volyymin mukaan',
    byGrowth: 'Kasvun mukaan edelliseen jaksoon',
    alipay: 'Alipay brutto',
    growth: 'Kasvu'
  },
  adoption: {
    title: 'Alipayn käyttöönotto maittain',
    axis: 'Kauppiaat, joilla Alipay-myyntiä',
    active: '{count} aktiivista kauppiasta',
    liveDate: 'Alipay käytössä alkaen',
    notLive: 'Ei käytössä',
    live: 'Kauppiaita käytössä',
    activeNow: 'Aktiivisia viime kuussa',
    volume: 'Volyymi käyttöönotosta'
  },
  delta: { previous: '{change} vs. edellinen', lastYear: '{change} vs. viime vuosi', new: 'uusi' },
  presets: {
    all: 'Kaikki tiedot',
    this_month: 'Tämä kuukausi',
    last_month: 'Viime kuukausi',
    ytd: 'Vuoden alusta',
    last_12_months: 'Viimeiset 12 kuukautta',
    custom: 'Oma aikaväli'
  },
  filters: {
    period: 'Jakso',
    from: 'Alkaen',
    to: 'Asti',
    country: 'Maa',
    method: 'Maksutapa',
    origin: 'Kortin myöntämismaa',
    merchants: 'Kauppiaat',
    granularity: 'Aika-akseli',
    reset: 'Tyhjennä suodattimet'
  },
  views: { open: 'Tallennetut näkymät …', name: 'Nimeä näkymä', save: 'Tallenna näkymä', delete: 'Poista ”{name}”' }
} satisfies typeof en

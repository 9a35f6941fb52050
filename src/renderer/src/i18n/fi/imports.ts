import type en from '../en/imports'

export default {
  title: 'Tuonti',
  intro: 'Kaikki tähän tietokantaan tuodut tiedostot, uusimmat ensin.',
  introScreen:
    'Tuo maksupäätteiden vientitiedostoja sekä Alipayn, Antomin, Vippsin ja Adyenin tiedostoja. Tarkista esikatselu; mitään ei tallenneta ennen tuontia.',
  empty: 'Tiedostoja ei ole vielä tuotu.',
  drop: 'Pudota maksutapahtumatiedostot tähän tai',
  pick: 'Valitse tiedostot …',
  dropNothing: 'Pudotetussa ei ollut mitään tuotavaa: pudota tiedostoja tietokoneelta tai käytä ”Valitse tiedostot …”.',
  commit: 'Tuo {count} tiedosto | Tuo {count} tiedostoa',
  history: 'Historia',
  undo: 'Kumoa',
  columns: {
    file: 'Tiedosto',
    format: 'Muoto',
    started: 'Aloitettu',
    duration: 'Kesto',
    rows: 'Rivit',
    imported: 'Tuotu',
    duplicates: 'Kaksoiskappaleet',
    rejected: 'Hylätty',
    status: 'Tila',
    actions: 'Toiminnot'
  },
  statuses: { running: 'Käynnissä', done: 'Valmis', undone: 'Kumottu' },
  formats: {
    csv: 'Erotinmerkein jaettu teksti (CSV)',
    alipay: 'Alipay',
    antom: 'Antom / Alipay+',
    vipps: 'Vipps-tilitys',
    adyen: 'Adyen-kirjanpito',
    demo: 'Esittelydata'
  },
  fields: {
    externalId: 'Tapahtuman tunnus',
    date: 'Päivämäärä',
    time: 'Kellonaika',
    merchant: 'Kauppias',
    store: 'Myymälä',
    terminal: 'Maksupääte',
    amount: 'Summa',
    currency: 'Valuutta',
    method: 'Maksutapa',
    scheme: 'Korttiverkko',
    cardCountry: 'Kortin maa',
    status: 'Tila',
    type: 'Laji',
    fee: 'Palkkio',
    country: 'Kauppiaan maa'
  },
  outcomes: { new: 'Uusi', duplicate: 'Kaksoiskappale', rejected: 'Hylätty', skipped: 'Ei myynti' },
  rowStatuses: { captured: 'veloitettu', settled: 'tilitetty', pending: 'odottaa', failed: 'epäonnistui' },
  kinds: { payment: 'Maksu', refund: 'Hyvitys' },
  preview: {
    format: 'Muoto',
    encoding: 'Merkistö',
    delimiter: 'Erotinmerkki',
    decimal: 'Desimaalierotin',
    decimalComma: 'Pilkku (1.234,50)',
    decimalPoint: 'Piste (1,234.50)',
    dateOrder: 'Päivämäärän järjestys',
    dmy: 'Päivä.kuukausi.vuosi',
    mdy: 'Kuukausi/päivä/vuosi',
    dateOrderGuess: 'Mikään tiedostossa ei ratkaise tätä; tarkista alla olevat päivämäärät.',
    merchant: 'Kauppias',
    merchantFromFile: 'Tiedostosta',
    newMerchant: 'Tai uusi kauppias',
    mapping: 'Sarakkeet',
    column: 'Sarake',
    field: 'Tarkoittaa',
    ignore: '(ohita)',
    saveProfile: 'Tallenna tämä määritys nimellä',
    profileName: 'profiilin nimi',
    profileApplied: 'Profiili ”{name}” otettu käyttöön',
    remove: 'Poista',
    loading: 'Luetaan …',
    line: 'Rivi',
    outcome: 'Tulos',
    time: 'Paikallinen aika',
    amount: 'Summa',
    kind: 'Laji',
    method: 'Maksutapa',
    origin: 'Kortin alkuperä',
    reason: 'Syy',
    newTag: '(uusi)',
    includeAnyway: 'tuo silti',
    columnN: 'Sarake {n}',
    decided: {
      header: 'otsikon perusteella',
      content: 'arvojen perusteella ({percent})',
      profile: 'profiilin perusteella',
      user: 'oma valintasi'
    },
    ignored: 'ei käytössä',
    looksLike: 'vaikuttaa olevan {what}',
    questions: 'Tarkista ennen tuontia',
    acceptDefaults: 'Tuo silti: jätä nämä sarakkeet pois ja kirjaa rivit ilman maksutapaa korttimaksuiksi',
    defaulted: '(ei maksutapaa: kortti)',
    waiting: 'odottaa vastaustasi alla'
  },
  progress: {
    title: 'Tuodaan {file}',
    finished: 'Viimeisin tuonti: {file}',
    status: '{rows} riviä · {done} / {total} · {percent} % · {rate} riviä/s',
    cancel: 'Peruuta',
    totals: 'Kaikki rivit luettu; päivitetään summia …'
  },
  summary: {
    title: 'Tulos',
    counts:
      '{rows} rivi: {imported} tuotu, {duplicates}, {rejected} hylätty | {rows} riviä: {imported} tuotu, {duplicates}, {rejected} hylätty',
    duplicates: '{count} kaksoiskappale | {count} kaksoiskappaletta',
    skipped:
      '{skipped} rivi ei ole myynti eikä hyvitys (palkkio, tilitys, yhteenveto, otsikko tai loppumerkki), joten se ohitettiin | {skipped} riviä ei ole myyntejä eikä hyvityksiä (palkkioita, tilityksiä, yhteenvetoja, otsikoita, loppumerkkejä), joten ne ohitettiin',
    showRejects: 'Hylätyt rivit',
    segments: 'Rivit segmenteittäin'
  },
  segments: {
    alipay: 'Alipay',
    card_domestic: 'Kotimaiset kortit',
    card_cn: 'Kiinalaiset kortit',
    card_foreign: 'Muut ulkomaiset kortit',
    card_unknown: 'Tuntemattoman alkuperän kortit',
    other: 'Muut maksutavat'
  },
  rejects: {
    title: 'Tiedoston {file} hylätyt rivit',
    raw: 'Rivi sellaisenaan',
    export: 'Vie CSV-tiedostoon …',
    saved: 'Tallennettu: {path}'
  },
  profiles: {
    title: 'Sarakemääritysprofiilit',
    empty:
      'Ei tallennettuja määrityksiä. Tuonnin aikana tallennettua määritystä käytetään myöhemmin tiedostoihin, joissa on samat sarakkeet.',
    delete: 'Poista',
    export: 'Vie profiilit …',
    import: 'Tuo profiilit …'
  }
} satisfies typeof en

import type en from '../en/reports'

export default {
  title: 'Raportit',
  intro:
    'Raportit samoista luvuista kuin yleiskatsaus, tallennettuina PDF-, HTML-, CSV- tai Excel-muodossa — ilman verkkoyhteyttä.',
  available: 'Saatavilla olevat raportit',
  types: {
    statement: 'Kauppiaan myyntiraportti',
    portfolio: 'Salkkuraportti',
    pipeline: 'Kauppiaiden liittyminen',
    tourism: 'Matkailijoiden ostot'
  },
  describe: {
    statement:
      'Yksi kauppias: myynti asiakasryhmittäin, hyvitykset, palkkiot, netto, keskiostos, päiväkohtainen taulukko ja muutos edelliseen jaksoon.',
    portfolio:
      'Maa, asiakasvastaava tai kaikki kauppiaat: tunnusluvut, Alipay ja kortit, kiinalaisten asiakkaiden kerroin, suurimmat kauppiaat ja kuukausikehitys.',
    pipeline: 'Kauppiaat vaiheittain ja maittain, suppilo, pysähtyneet kauppiaat ja jaksolla käyttöön otetut.',
    tourism:
      'Kiinalaiset asiakkaat ja kotimaiset kortinhaltijat ajan mittaan verrattuna vuoden 2018 lukuihin 4 000 NOK ja 338 NOK.'
  },
  form: {
    type: 'Raportti',
    merchant: 'Kauppias',
    country: 'Maa',
    rep: 'Asiakasvastaava',
    any: 'Kaikki',
    from: 'Alkaen',
    to: 'Asti',
    currency: 'Valuutta',
    locale: 'Raportin kieli',
    build: 'Luo raportti',
    building: 'Luodaan …',
    cancel: 'Peruuta'
  },
  countries: { DK: 'Tanska', NO: 'Norja', SE: 'Ruotsi', FI: 'Suomi' },
  steps: {
    build: 'Luetaan lukuja …',
    render: 'Muotoillaan …',
    pick: 'Valitaan tallennuspaikkaa …',
    write: 'Kirjoitetaan tiedostoa …',
    done: 'Valmis'
  },
  noMerchants: 'Kauppiaita ei ole vielä: lataa esittelydata tai tuo ensin tiedosto.',
  preview: 'Esikatselu',
  previewFrame: 'Raportin esikatselu',
  export: 'Tallenna muodossa',
  formats: { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel (XLSX)' },
  saved: 'Tallennettu: {path}',
  open: 'Avaa',
  notSaved: 'Ei tallennettu: tiedostoa ei valittu.'
} satisfies typeof en

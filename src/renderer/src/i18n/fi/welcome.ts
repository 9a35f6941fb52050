import type en from '../en/welcome'

export default {
  title: 'Tervetuloa Kassaan',
  intro:
    'Kassa vertailee Alipay- ja korttimaksuja pohjoismaisissa myymälöissä. Tietokanta on tyhjä — aloita esittelydatalla tai tuo tiedosto.',
  demoTitle: 'Kokeile esittelydatalla',
  demoText:
    'Luo kauppiaita Tanskaan, Norjaan, Ruotsiin ja Suomeen sekä kahden vuoden myynnin kunkin maan Alipay-lanseerauksesta alkaen.',
  demoSize: 'Maksutapahtumien määrä',
  loadDemo: 'Lataa esittelydata',
  loadingDemo: 'Luodaan esittelydataa …',
  progress: '{done} / {total} maksutapahtumaa',
  progressUnknown: '{done} maksutapahtumaa',
  importTitle: 'Käytä omia tietojasi',
  importText: 'Tuo tilitys- tai maksutapahtumatiedostoja Alipaysta, Netsistä, Vippsistä, Adyenista tai pankistasi.',
  importFile: 'Tuo tiedosto'
} satisfies typeof en

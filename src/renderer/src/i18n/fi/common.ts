import type en from '../en/common'

export default {
  appName: 'Kassa',
  loading: 'Ladataan …',
  skipToContent: 'Siirry sisältöön',
  retry: 'Yritä uudelleen',
  error: 'Jokin meni vikaan: {message}',
  language: 'Kieli',
  reportingCurrency: 'Raportointivaluutta',
  none: 'Ei yhtään',
  yes: 'Kyllä',
  no: 'Ei',
  loadMore: 'Näytä lisää',
  allLoaded: 'Kaikki rivit näytetään',
  rowsShown: '{count} riviä näytetään',
  methods: { alipay: 'Alipay', card: 'Kortti', other: 'Muu' },
  origins: { alipay: '–', domestic: 'Kotimaa', cn: 'Kiina', foreign: 'Muu maa', unknown: 'Tuntematon', other: 'Muu' },
  countries: { DK: 'Tanska', NO: 'Norja', SE: 'Ruotsi', FI: 'Suomi' }
} satisfies typeof en

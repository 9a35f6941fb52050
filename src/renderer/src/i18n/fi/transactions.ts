import type en from '../en/transactions'

export default {
  title: 'Maksutapahtumat',
  intro: 'Uusimmat ensin.',
  empty: 'Ei vielä maksutapahtumia.',
  columns: {
    time: 'Aika (paikallinen)',
    merchant: 'Kauppias',
    country: 'Maa',
    method: 'Maksutapa',
    origin: 'Kortin myöntämismaa',
    scheme: 'Korttiverkko',
    kind: 'Laji',
    status: 'Tila',
    amount: 'Summa',
    converted: 'Valuutassa {currency}'
  },
  kinds: { payment: 'Maksu', refund: 'Hyvitys' },
  statuses: { captured: 'Veloitettu', settled: 'Tilitetty', pending: 'Odottaa', failed: 'Epäonnistui' },
  introFiltered: 'Uusimmat ensin, yleiskatsauksen suodattimin. Vieritä nähdäksesi lisää; napsauta riviä nähdäksesi tiedot.',
  none: 'Mikään maksutapahtuma ei vastaa suodattimia.',
  search: 'Haku',
  searchHint: 'Tapahtuman tunnus tai kauppias',
  sortBy: 'Järjestys',
  sort: { time: 'Aika', amount: 'Summa', desc: 'Suurin / uusin ensin', asc: 'Pienin / vanhin ensin' },
  hourChip: 'klo {hour}.00–{hour}.59 paikallista aikaa',
  removeChip: 'Poista tämä suodatin',
  details: {
    title: 'Maksutapahtuma',
    close: 'Sulje',
    raw: 'Lähderivi',
    noRaw: 'Lähderiviä ei ole tallennettu (esittelydata tai tuonti, joka ei tallenna sitä).',
    batch: 'Tuontierä',
    batchId: 'Erä',
    file: 'Tiedosto',
    format: 'Muoto',
    imported: 'Tuotu',
    status: 'Tila'
  }
} satisfies typeof en

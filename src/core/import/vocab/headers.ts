import { FIELDS, type Field } from '../../../shared/import-choices'

export { FIELDS, type Field }

/** Header names in English, Danish, Norwegian, Swedish and Finnish (compared after normalising). */
const SYNONYMS: Record<Field, string[]> = {
  externalId: [
    'transaction id',
    'transactionid',
    'transaction',
    'trans id',
    'txn id',
    'id',
    'reference',
    'ref',
    'receipt',
    'receipt no',
    'transaktions id',
    'transaktionsid',
    'transaktion',
    'transaktionsnummer',
    'transaksjons id',
    'transaksjonsid',
    'transaksjon',
    'transaksjonsnummer',
    'referanse',
    'referens',
    'kvittering',
    'kvitteringsnummer',
    'kvittonummer',
    'tapahtuma id',
    'tapahtumatunnus',
    'viite',
    'arkistointitunnus',
    'kuittinumero'
  ],
  date: [
    'date',
    'päivä',
    'aikaleima',
    'tidsstämpel',
    'tidsstempel',
    'datum och tid',
    'dato og tid',
    'dato og klokkeslett',
    '交易时间',
    '日期',
    'transaction date',
    'sale date',
    'sales date',
    'datetime',
    'timestamp',
    'time stamp',
    'payment time',
    'booking date',
    'dato',
    'salgsdato',
    'transaksjonsdato',
    'transaktionsdato',
    'købsdato',
    'kjøpsdato',
    'datum',
    'försäljningsdatum',
    'transaktionsdatum',
    'köpdatum',
    'tidpunkt',
    'tidspunkt',
    'päivämäärä',
    'pvm',
    'tapahtumapäivä',
    'myyntipäivä',
    'aika ja päivä'
  ],
  time: ['time', 'tid', 'klokkeslett', 'klokkeslæt', 'kl', 'klockslag', 'aika', 'kellonaika', 'transaction time', 'sale time'],
  merchant: [
    'merchant',
    'merchant name',
    'shop',
    'shop name',
    'company',
    'business',
    'brukersted',
    'brugersted',
    'forhandler',
    'butik',
    'butikk',
    'forretning',
    'handlende',
    'handlare',
    'företag',
    'brugerstedsnavn',
    'brukerstedsnavn',
    'kauppias',
    'myyjä',
    'liike',
    'yritys',
    'kauppa'
  ],
  store: [
    'store',
    'store name',
    'location',
    'branch',
    'outlet',
    'sale unit',
    'saleunitname',
    'avdeling',
    'afdeling',
    'filial',
    'butiksnavn',
    'butikknavn',
    'butiksnamn',
    'salgssted',
    'salgssted navn',
    'försäljningsställe',
    'myymälä',
    'toimipiste',
    'myyntipiste'
  ],
  terminal: [
    'terminal',
    'terminal id',
    'terminalid',
    'unique terminal id',
    'pos',
    'pos id',
    'terminalnummer',
    'kassa',
    'kasse',
    'pääte',
    'maksupääte'
  ],
  amount: [
    'amount',
    'amount incl vat',
    'total amount',
    'sale amount',
    'transaction amount',
    'totalbeløp',
    'totalbeløb',
    'salgsbeløp',
    'salgsbeløb',
    'transaksjonsbeløp',
    'transaktionsbeløb',
    'transaktionsbelopp',
    'försäljningsbelopp',
    'köpbelopp',
    'belopp inkl moms',
    'beløp inkl mva',
    'beløb inkl moms',
    'hinta',
    'maksun summa',
    'tapahtuman summa',
    '金额',
    '交易金额',
    'total',
    'sum',
    'value',
    'gross',
    'gross amount',
    'beløb',
    'beløp',
    'belob',
    'belop',
    'brutto',
    'totalt',
    'total beløb',
    'belopp',
    'summa',
    'totalbelopp',
    'määrä',
    'maara',
    'summa yhteensä',
    'yhteensä',
    'kokonaissumma'
  ],
  currency: [
    'currency code',
    'valutakod',
    'myntslag',
    'valuuttakoodi',
    '币种',
    '货币',
    'currency',
    'ccy',
    'cur',
    'valuta',
    'valutakode',
    'valutakod',
    'valuutta',
    'rahayksikkö'
  ],
  method: [
    'payment method',
    'payment methods',
    'pay method',
    'paid with',
    'payment means',
    'payment instrument',
    'tender type',
    'betalsätt',
    'betalningsform',
    'betalningstyp',
    'betaltyp',
    'betalmedel',
    'betalningsmedel',
    'betalningsalternativ',
    'betalingsmåte',
    'betalingsart',
    'betalt med',
    'betalingsløsning',
    'betalingsmetoder',
    'maksutapa nimi',
    'maksumuoto',
    'maksumenetelmä',
    'maksukeino',
    'maksutavat',
    '支付方式',
    '付款方式',
    'method',
    'payment type',
    'tender',
    'betalingsmåde',
    'betalingsmetode',
    'betalingsmiddel',
    'betalingsform',
    'betalingstype',
    'betalningssätt',
    'betalningsmetod',
    'betalmetod',
    'maksutapa',
    'maksuväline',
    'maksutyyppi'
  ],
  scheme: [
    'card scheme',
    'kortmärke',
    'kortslag',
    'korttyyppi',
    '卡组织',
    'scheme',
    'card type',
    'card brand',
    'brand',
    'korttype',
    'korttyp',
    'kortmærke',
    'kortmerke',
    'korttityyppi',
    'kortti'
  ],
  cardCountry: [
    'card country',
    'card origin',
    'kortutgivarland',
    'utstedende land',
    'udstedende land',
    'kortin myöntäjämaa',
    '发卡国家',
    'issuer country',
    'issuing country',
    'card issuing country',
    'bin country',
    'kortland',
    'udstederland',
    'utstederland',
    'utgivarland',
    'kortets land',
    'kortin maa',
    'myöntäjämaa',
    'liikkeeseenlaskijan maa'
  ],
  status: [
    'tillstånd',
    'transaktionsstatus',
    'transaksjonsstatus',
    'tapahtuman tila',
    '状态',
    'status',
    'state',
    'result',
    'tilstand',
    'resultat',
    'tila',
    'tulos'
  ],
  type: [
    'type',
    'transaction type',
    'kind',
    'record type',
    'transaktionstype',
    'transaksjonstype',
    'transaktionstyp',
    'typ',
    'tapahtumatyyppi',
    'tyyppi',
    'laji'
  ],
  fee: ['fee', 'fees', 'commission', 'gebyr', 'avgift', 'provision', 'kommission', 'palkkio', 'kulu'],
  country: ['country', 'merchant country', 'land', 'maa', 'shop country']
}

export function normaliseHeader(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\-./()#:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const LOOKUP = new Map<string, Field>()
for (const field of FIELDS)
  for (const name of SYNONYMS[field]) if (!LOOKUP.has(normaliseHeader(name))) LOOKUP.set(normaliseHeader(name), field)

/** The field a header name means, if it is one we know. */
export function fieldForHeader(name: string): Field | undefined {
  const n = normaliseHeader(name)
  return LOOKUP.get(n) ?? LOOKUP.get(n.replace(/ /g, ''))
}

export type Mapping = Partial<Record<Field, number>>

// "Butik"/"Shop" name the merchant, unless the file also has a merchant column: then they are the store.
const SECOND_MEANING: Record<string, Field> = { butik: 'store', butikk: 'store', shop: 'store', kauppa: 'store', liike: 'store' }

/** Maps each known field to the first column whose header means it. */
export function guessMapping(header: string[]): Mapping {
  const mapping: Mapping = {}
  header.forEach((name, i) => {
    let field = fieldForHeader(name)
    if (field && mapping[field] !== undefined) field = SECOND_MEANING[normaliseHeader(name)]
    if (field && mapping[field] === undefined) mapping[field] = i
  })
  return mapping
}

/** A header's identity for mapping profiles: normalised names joined. */
export function headerSignature(header: string[]): string {
  return header.map(normaliseHeader).join('|')
}

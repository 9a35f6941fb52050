import { normaliseHeader } from '../import/vocab/headers'
import type { FieldName } from './record'

/** A merchant list column: a record field, or the rep's name. */
export type MerchantColumn = Exclude<FieldName, 'repId'> | 'rep'

/** Header names in English, Danish, Norwegian, Swedish and Finnish; compared after the import module's normalising. */
const SYNONYMS: Record<MerchantColumn, string[]> = {
  name: [
    'name',
    'merchant',
    'merchant name',
    'shop',
    'shop name',
    'navn',
    'namn',
    'nimi',
    'butik',
    'butikk',
    'butiksnavn',
    'butikknavn',
    'butiksnamn',
    'kauppa',
    'liike',
    'brukersted',
    'brugersted'
  ],
  legalName: [
    'legal name',
    'company name',
    'company',
    'firmanavn',
    'juridisk navn',
    'selskap',
    'selskab',
    'företagsnamn',
    'företag',
    'firma',
    'yritys',
    'virallinen nimi',
    'yrityksen nimi'
  ],
  tradingName: [
    'trading name',
    'doing business as',
    'dba',
    'handelsnavn',
    'binavn',
    'kendingsnavn',
    'bifirma',
    'aputoiminimi',
    'markkinointinimi'
  ],
  chineseName: [
    'chinese name',
    'chinese display name',
    'display name cn',
    '中文名',
    '中文名称',
    'kinesisk navn',
    'kinesiskt namn',
    'kiinalainen nimi'
  ],
  listingText: ['listing', 'listing text', 'description', 'beskrivelse', 'beskrivning', 'kuvaus'],
  country: ['country', 'land', 'maa', 'merchant country'],
  orgNumber: [
    'business id',
    'org number',
    'organisation number',
    'organization number',
    'company number',
    'registration number',
    'orgnr',
    'org nr',
    'organisasjonsnummer',
    'organisationsnummer',
    'foretaksnummer',
    'cvr',
    'cvr nr',
    'cvr nummer',
    'cvrnr',
    'y tunnus',
    'ytunnus',
    'y tunnus nro',
    'vat number',
    'vat'
  ],
  address: [
    'address',
    'street',
    'street address',
    'adresse',
    'adress',
    'gateadresse',
    'gadeadresse',
    'gatuadress',
    'osoite',
    'katuosoite'
  ],
  postalCode: ['postal code', 'postcode', 'post code', 'zip', 'zip code', 'postnummer', 'postnr', 'post nr', 'postinumero'],
  city: ['city', 'town', 'by', 'poststed', 'sted', 'ort', 'postort', 'kaupunki', 'postitoimipaikka', 'paikkakunta'],
  mcc: [
    'mcc',
    'merchant category',
    'merchant category code',
    'category',
    'kategori',
    'bransje',
    'branche',
    'bransch',
    'toimiala'
  ],
  contactName: [
    'contact',
    'contact person',
    'contact name',
    'kontakt',
    'kontaktperson',
    'kontaktperson navn',
    'yhteyshenkilö',
    'yhteyshenkilo'
  ],
  email: ['email', 'e mail', 'mail', 'e post', 'epost', 'e postadresse', 'e postadress', 'sähköposti', 'sahkoposti'],
  phone: [
    'phone',
    'telephone',
    'phone number',
    'mobile',
    'tel',
    'telefon',
    'tlf',
    'telefonnummer',
    'mobil',
    'puhelin',
    'puhelinnumero'
  ],
  iban: ['iban', 'payout iban', 'bank account', 'account', 'konto', 'kontonummer', 'bankkonto', 'tilinumero', 'pankkitili'],
  netsMerchantNumber: [
    'nets merchant number',
    'nets number',
    'nets id',
    'nets',
    'merchant number',
    'brukerstedsnummer',
    'brugerstedsnummer',
    'indløsernummer'
  ],
  alipayPartnerId: ['alipay partner id', 'partner id', 'alipay pid', 'pid', 'alipay id'],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'notat',
    'notater',
    'merknad',
    'bemærkning',
    'anteckning',
    'kommentar',
    'huomautus',
    'lisätiedot'
  ],
  rep: [
    'rep',
    'account rep',
    'account manager',
    'sales rep',
    'selger',
    'sælger',
    'säljare',
    'kundeansvarlig',
    'myyjä',
    'asiakasvastaava'
  ]
}

export const MERCHANT_COLUMNS = Object.keys(SYNONYMS) as MerchantColumn[]

const LOOKUP = new Map<string, MerchantColumn>()
for (const column of MERCHANT_COLUMNS) {
  for (const name of SYNONYMS[column]) {
    const n = normaliseHeader(name)
    if (!LOOKUP.has(n)) LOOKUP.set(n, column)
    if (!LOOKUP.has(n.replace(/ /g, ''))) LOOKUP.set(n.replace(/ /g, ''), column)
  }
}

export type MerchantMapping = Partial<Record<MerchantColumn, number>>

export function guessMerchantMapping(header: string[]): MerchantMapping {
  const mapping: MerchantMapping = {}
  header.forEach((name, i) => {
    const n = normaliseHeader(name)
    const column = LOOKUP.get(n) ?? LOOKUP.get(n.replace(/ /g, ''))
    if (column && mapping[column] === undefined) mapping[column] = i
  })
  return mapping
}

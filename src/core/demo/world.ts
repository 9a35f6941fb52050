import { withCheckDigit } from '../merchants/business-id'
import type { CountryCode } from '../time/zones'
import type { Random } from './random'

export const DEMO_MERCHANTS: Record<CountryCode, string[]> = {
  DK: [
    'Strøget Ure & Smykker',
    'Nyhavn Souvenir',
    'Københavns Porcelæn',
    'Dansk Design Hus',
    'Tivoli Gavebod',
    'Aarhus Sølvsmed',
    'Odense Legetøj',
    'Skagen Rav',
    'Hygge Interiør',
    'Nordisk Lædervarer',
    'Havfrue Kiosken',
    'Ærø Keramik'
  ],
  NO: [
    'Bryggen Husflid',
    'Karl Johan Klokker',
    'Fjord Sølv',
    'Nordlys Gaver',
    'Geiranger Suvenir',
    'Aker Brygge Mote',
    'Trondheim Strikk',
    'Tromsø Arktisk Design',
    'Bergen Pelsverk',
    'Oslo Ur & Gull',
    'Lofoten Fiskebod',
    'Holmenkollen Sport',
    'Ålesund Jugendbutikk',
    'Stavanger Sølv',
    'Flåm Gavebod',
    'Vigeland Kunst'
  ],
  SE: [
    'Gamla Stan Presenter',
    'Drottninggatan Klockor',
    'Göteborgs Glas',
    'Dalahästbutiken',
    'Kiruna Sameslöjd',
    'Stockholms Designhus',
    'Malmö Mode',
    'Uppsala Bokhandel',
    'Visby Keramik',
    'Småland Glasbod',
    'Åre Fjällsport',
    'Nordiska Smycken'
  ],
  FI: [
    'Helsinki Design Shop',
    'Rovaniemen Lahjapuoti',
    'Turun Kultaseppä',
    'Lapin Taika',
    'Esplanadin Kello',
    'Tampereen Muotoilu',
    'Porvoon Suklaa',
    'Suomenlinnan Muisto'
  ]
}

const CITIES: Record<CountryCode, string[]> = {
  DK: ['København', 'Aarhus', 'Odense', 'Aalborg', 'Skagen'],
  NO: ['Oslo', 'Bergen', 'Trondheim', 'Tromsø', 'Stavanger', 'Ålesund'],
  SE: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Kiruna'],
  FI: ['Helsinki', 'Rovaniemi', 'Turku', 'Tampere', 'Porvoo']
}

export const DEMO_REPS: { name: string; email: string; country: CountryCode }[] = [
  { name: 'Freja Madsen', email: 'freja.madsen@example.dk', country: 'DK' },
  { name: 'Ingrid Solberg', email: 'ingrid.solberg@example.no', country: 'NO' },
  { name: 'Lars Haugen', email: 'lars.haugen@example.no', country: 'NO' },
  { name: 'Magnus Eriksson', email: 'magnus.eriksson@example.se', country: 'SE' },
  { name: 'Sofie Lindqvist', email: 'sofie.lindqvist@example.se', country: 'SE' },
  { name: 'Aino Virtanen', email: 'aino.virtanen@example.fi', country: 'FI' }
]

const ID_BODY_LENGTH: Record<CountryCode, number> = { DK: 7, NO: 8, SE: 9, FI: 7 }
const ID_PREFIX: Record<CountryCode, string> = { DK: '3', NO: '9', SE: '55', FI: '2' }

/** A random business id that passes the country's check digit. */
export function demoBusinessId(country: CountryCode, random: Random): string {
  for (;;) {
    let body = ID_PREFIX[country]
    while (body.length < ID_BODY_LENGTH[country]) body += random.int(0, 9)
    const id = withCheckDigit(country, body)
    if (id) return id
  }
}

export interface DemoStore {
  name: string
  city: string
  terminals: string[]
}

export function demoStores(country: CountryCode, merchantName: string, random: Random): DemoStore[] {
  const count = random.weighted([
    [1, 5],
    [2, 3],
    [3, 2]
  ] as const)
  const cities = [...CITIES[country]].sort(() => random.next() - 0.5).slice(0, count)
  return cities.map((city, i) => ({
    name: `${merchantName} ${city}`,
    city,
    terminals: Array.from({ length: random.int(1, 3) }, (_, t) => `${country}${random.int(10000, 99999)}-${i + 1}${t + 1}`)
  }))
}

/** Card schemes by where the card was issued. */
export const DOMESTIC_SCHEMES: Record<CountryCode, readonly (readonly [string, number])[]> = {
  DK: [
    ['Dankort', 50],
    ['Visa', 30],
    ['Mastercard', 20]
  ],
  NO: [
    ['BankAxept', 55],
    ['Visa', 30],
    ['Mastercard', 15]
  ],
  SE: [
    ['Visa', 60],
    ['Mastercard', 40]
  ],
  FI: [
    ['Visa', 55],
    ['Mastercard', 45]
  ]
}
export const CN_SCHEMES = [
  ['UnionPay', 75],
  ['Visa', 15],
  ['Mastercard', 10]
] as const
export const FOREIGN_SCHEMES = [
  ['Visa', 45],
  ['Mastercard', 35],
  ['American Express', 20]
] as const
export const FOREIGN_COUNTRIES = ['US', 'DE', 'GB', 'JP', 'KR', 'FR', 'IT', 'ES', 'NL', 'AU', 'DK', 'NO', 'SE', 'FI'] as const

/** The choices a file's preview offers and core's import understands; one list for both sides. */

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type Encoding = (typeof ENCODINGS)[number]

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** The fields a generic file can map its columns to. */
export const FIELDS = [
  'externalId',
  'date',
  'time',
  'merchant',
  'store',
  'terminal',
  'amount',
  'currency',
  'method',
  'scheme',
  'cardCountry',
  'status',
  'type',
  'fee',
  'country'
] as const
export type Field = (typeof FIELDS)[number]

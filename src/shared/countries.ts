export type CountryCode = 'DK' | 'NO' | 'SE' | 'FI'

/** The countries Kassa serves, in the order every screen and report lists them. */
export const COUNTRIES: readonly CountryCode[] = ['DK', 'NO', 'SE', 'FI']

/** The countries Kassa serves, in the order every screen and report lists them. */
export const COUNTRIES = ['DK', 'NO', 'SE', 'FI'] as const

export type CountryCode = (typeof COUNTRIES)[number]

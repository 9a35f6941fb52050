export const LAYERS: { name: string; units: string[] }[]
export const ISLANDS: Record<string, { runtime: string[]; types: string[] }>
export const FORBIDDEN_PACKAGES: { units: string[]; packages: string[]; why: string }[]

export const LAYERS: { name: string; units: string[] }[]
export const ISLANDS: Record<string, { runtime: string[]; types: string[] }>
export const FORBIDDEN_PACKAGES: { units: string[]; packages: string[]; why: string }[]
export const TEMPORARY_EDGES: { from: string; to: string }[]

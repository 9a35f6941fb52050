/**
 * Pre-aggregated tables ("cubes") that answer every dashboard question without scanning raw rows.
 *
 * money  cubes: count + the gross already converted into each reporting currency. Each value is the
 *               sum of daily_rollup cells converted at their day's rate and rounded to the minor unit,
 *               exactly as convertedCellsSql does, so a coarse cube gives the same øre as daily_rollup.
 * hours   cubes: payments per weekday × local hour in the merchant's time zone (counts only).
 * tickets cubes: payments per log bucket of their amount in their own currency (8 buckets per doubling).
 * Both count payments in one column per method × origin combination (COMBOS) instead of one row each,
 * which makes them three to four times smaller; a method or card-origin filter picks columns.
 *
 * Grains: t = 'YYYY-MM-DD' (day), its Monday 'YYYY-MM-DD' (week, Monday to Sunday) or 'YYYY-MM' (month);
 * only money cubes have a week grain: hour and ticket questions read a week's seven days from the day cubes
 * (week × weekday × hour is day × hour, and a day ticket row holds the few buckets that day's payments used).
 * level = country, merchant or store.
 * The day × merchant hour and ticket cubes are packed: one row per day × merchant (× currency) holding its hour or
 * bucket cells as JSON (src/core/rollup/packed-cells.ts); their cells were almost one per payment. Every other ticket
 * cube is packed too (migrations 16 and 19), and so is the month × merchant hour cube, one row per weekday (migration
 * 21): a histogram sums their cells in JavaScript.
 */
export const TARGETS = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'CNY'] as const
export type Target = (typeof TARGETS)[number]

export type Family = 'money' | 'hour' | 'ticket'
export type Grain = 'day' | 'week' | 'month'
export type Level = 'country' | 'merchant' | 'store'

export interface Cube {
  table: string
  family: Family
  grain: Grain
  level: Level
  /** Cells by the family's last key (hour, bucket) packed into one `cells` column per row of the other keys. */
  packed?: true
}

export const CUBES: Cube[] = [
  { table: 'money_day_country', family: 'money', grain: 'day', level: 'country' },
  { table: 'money_week_country', family: 'money', grain: 'week', level: 'country' },
  { table: 'money_month_country', family: 'money', grain: 'month', level: 'country' },
  { table: 'money_day_merchant', family: 'money', grain: 'day', level: 'merchant' },
  { table: 'money_week_merchant', family: 'money', grain: 'week', level: 'merchant' },
  { table: 'money_month_merchant', family: 'money', grain: 'month', level: 'merchant' },
  { table: 'money_day_store', family: 'money', grain: 'day', level: 'store' },
  { table: 'money_week_store', family: 'money', grain: 'week', level: 'store' },
  { table: 'money_month_store', family: 'money', grain: 'month', level: 'store' },
  { table: 'hours_day_country', family: 'hour', grain: 'day', level: 'country' },
  { table: 'hours_month_country', family: 'hour', grain: 'month', level: 'country' },
  { table: 'hours_day_merchant_packed', family: 'hour', grain: 'day', level: 'merchant', packed: true },
  { table: 'hours_month_merchant_packed', family: 'hour', grain: 'month', level: 'merchant', packed: true },
  { table: 'tickets_day_country_packed', family: 'ticket', grain: 'day', level: 'country', packed: true },
  { table: 'tickets_month_country_packed', family: 'ticket', grain: 'month', level: 'country', packed: true },
  { table: 'tickets_day_merchant_packed', family: 'ticket', grain: 'day', level: 'merchant', packed: true },
  { table: 'tickets_month_merchant_packed', family: 'ticket', grain: 'month', level: 'merchant', packed: true }
]

export const LEVEL_KEYS: Record<Level, string[]> = {
  country: ['country'],
  merchant: ['country', 'merchant_id'],
  store: ['country', 'merchant_id', 'store_id']
}

export const FAMILY_KEYS: Record<Family, string[]> = {
  money: ['method', 'origin', 'kind'],
  hour: ['weekday', 'hour'],
  ticket: ['currency', 'bucket']
}

/** Payment columns of the hour and ticket cubes: every method × origin a row can have, each in one. */
export const COMBOS = [
  { column: 'n_alipay', method: 'alipay', origin: null, sql: "method = 'alipay'" },
  { column: 'n_card_domestic', method: 'card', origin: 'domestic', sql: "method = 'card' AND origin = 'domestic'" },
  { column: 'n_card_cn', method: 'card', origin: 'cn', sql: "method = 'card' AND origin = 'cn'" },
  { column: 'n_card_foreign', method: 'card', origin: 'foreign', sql: "method = 'card' AND origin = 'foreign'" },
  { column: 'n_card_unknown', method: 'card', origin: 'unknown', sql: "method = 'card' AND origin = 'unknown'" },
  {
    column: 'n_card_other',
    method: 'card',
    origin: 'other',
    sql: "method = 'card' AND origin NOT IN ('domestic', 'cn', 'foreign', 'unknown')"
  },
  { column: 'n_other', method: 'other', origin: 'other', sql: "method NOT IN ('alipay', 'card')" }
] as const
export type Combo = (typeof COMBOS)[number]

/** The combos a method / card-origin filter keeps (a card-origin filter never drops Alipay or other methods). */
export function combosFor(methods?: string[], cardOrigins?: string[]): Combo[] {
  return COMBOS.filter(
    (c) => (!methods || methods.includes(c.method)) && (c.method !== 'card' || !cardOrigins || cardOrigins.includes(c.origin))
  )
}

export const amountColumn = (target: string) => `a_${target.toLowerCase()}`

function measures(family: Family): string[] {
  if (family === 'money') return ['count', ...TARGETS.map(amountColumn)]
  return ['count', ...COMBOS.map((c) => c.column)]
}

export function cubeKeys(cube: Cube): string[] {
  return ['t', ...LEVEL_KEYS[cube.level], ...FAMILY_KEYS[cube.family]]
}

export function cubeMeasures(cube: Cube): string[] {
  return measures(cube.family)
}

/** The key a packed cube keeps inside its cells (hour, bucket). */
export const packedKey = (cube: Cube) => FAMILY_KEYS[cube.family][FAMILY_KEYS[cube.family].length - 1]

/** The keys of a stored row: a packed cube's keys but the one inside its cells. */
export const rowKeys = (cube: Cube) => (cube.packed ? cubeKeys(cube).filter((k) => k !== packedKey(cube)) : cubeKeys(cube))

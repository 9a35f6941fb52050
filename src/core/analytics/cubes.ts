/**
 * Pre-aggregated tables ("cubes") that answer every dashboard question without scanning raw rows.
 *
 * money  cubes: count + the gross already converted into each reporting currency. Each value is the
 *               sum of daily_rollup cells converted at their day's rate and rounded to the minor unit,
 *               exactly as convertedCellsSql does, so a coarse cube gives the same øre as daily_rollup.
 * hour   cubes: payments per weekday × local hour in the merchant's time zone (counts only).
 * ticket cubes: payments per log bucket of their amount in their own currency (8 buckets per doubling).
 *
 * Grains: t = 'YYYY-MM-DD' (day) or 'YYYY-MM' (month); level = country, merchant or store.
 */
export const TARGETS = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'CNY'] as const
export type Target = (typeof TARGETS)[number]

export type Family = 'money' | 'hour' | 'ticket'
export type Grain = 'day' | 'month'
export type Level = 'country' | 'merchant' | 'store'

export interface Cube {
  table: string
  family: Family
  grain: Grain
  level: Level
}

export const CUBES: Cube[] = [
  { table: 'money_day_country', family: 'money', grain: 'day', level: 'country' },
  { table: 'money_month_country', family: 'money', grain: 'month', level: 'country' },
  { table: 'money_day_merchant', family: 'money', grain: 'day', level: 'merchant' },
  { table: 'money_month_merchant', family: 'money', grain: 'month', level: 'merchant' },
  { table: 'money_month_store', family: 'money', grain: 'month', level: 'store' },
  { table: 'hour_day_country', family: 'hour', grain: 'day', level: 'country' },
  { table: 'hour_month_country', family: 'hour', grain: 'month', level: 'country' },
  { table: 'hour_month_merchant', family: 'hour', grain: 'month', level: 'merchant' },
  { table: 'ticket_day_country', family: 'ticket', grain: 'day', level: 'country' },
  { table: 'ticket_month_country', family: 'ticket', grain: 'month', level: 'country' },
  { table: 'ticket_month_merchant', family: 'ticket', grain: 'month', level: 'merchant' }
]

export const LEVEL_KEYS: Record<Level, string[]> = {
  country: ['country'],
  merchant: ['country', 'merchant_id'],
  store: ['country', 'merchant_id', 'store_id']
}

export const FAMILY_KEYS: Record<Family, string[]> = {
  money: ['method', 'origin', 'kind'],
  hour: ['method', 'origin', 'weekday', 'hour'],
  ticket: ['method', 'origin', 'currency', 'bucket']
}

export const amountColumn = (target: string) => `a_${target.toLowerCase()}`

function measures(family: Family): string[] {
  if (family === 'money') return ['count', ...TARGETS.map(amountColumn)]
  if (family === 'ticket') return ['count', 'amount']
  return ['count']
}

export function cubeKeys(cube: Cube): string[] {
  return ['t', ...LEVEL_KEYS[cube.level], ...FAMILY_KEYS[cube.family]]
}

export function cubeMeasures(cube: Cube): string[] {
  return measures(cube.family)
}

/** DDL of one cube; merchant-level cubes get a (merchant_id, t) index for merchant filters. */
export function cubeDdl(cube: Cube): string {
  const keys = cubeKeys(cube)
  const text = new Set(['t', 'country', 'method', 'origin', 'kind', 'currency'])
  const cols = [
    ...keys.map((k) => `${k} ${text.has(k) ? 'TEXT' : 'INTEGER'} NOT NULL`),
    ...measures(cube.family).map((m) => `${m} INTEGER NOT NULL`)
  ]
  let sql = `CREATE TABLE ${cube.table} (${cols.join(', ')}, PRIMARY KEY (${keys.join(', ')})) WITHOUT ROWID;\n`
  if (cube.level !== 'country') sql += `CREATE INDEX ${cube.table}_merchant ON ${cube.table}(merchant_id, t);\n`
  return sql
}

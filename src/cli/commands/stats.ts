import { breakdown } from '../../core/analytics/breakdowns'
import { z } from 'zod'
import { resolveFilter } from '../../core/analytics/filters'
import { stats } from '../../core/analytics/stats'
import { SEGMENTS } from '../../core/analytics/segments'
import { CURRENCIES } from '../../core/money/currency'
import { statsFilterSchema } from '../../core/routes/schemas'
import { dbOption, type Command } from '../command'
import { validOptions } from '../options'
import { openStore } from '../store'
import type { Db } from '../../core/db/open'
import type { StatsFilter } from '../../core/analytics/filters'
import type { Target } from '../../core/rollup/cubes'
import { printable } from '../terminal'

const BY = ['country', 'merchant', 'month', 'week', 'day'] as const
/** The stats.summary route's filter, plus the rows to print it by. */
const statsOptionsSchema = statsFilterSchema.extend({ by: z.enum(BY).optional() })

export const statsCommand: Command = {
  name: 'stats',
  summary: 'spend by segment: Alipay vs card, Chinese vs domestic cards',
  usage: `Usage: kassa stats [--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--country DK|NO|SE|FI]
                   [--merchant NAME] [--method alipay|card|other] [--card-origin domestic|cn|foreign|unknown]
                   [--currency ${CURRENCIES.join('|')}] [--by ${BY.join('|')}] [--json]

Counts exclude failed payments and refunds; gross is the sum of payments, refunds the sum of
refunds, net = gross - refunds, average = gross / count, converted at each day's rate.
--method and --card-origin may be repeated or comma-separated; --card-origin keeps Alipay (not a card).
--by prints one row per country, merchant, month, week (keyed by its Monday) or day; the rows add
up to the total to the øre.`,
  options: {
    ...dbOption,
    from: { type: 'string' },
    to: { type: 'string' },
    country: { type: 'string' },
    merchant: { type: 'string' },
    currency: { type: 'string' },
    method: { type: 'string', multiple: true },
    'card-origin': { type: 'string', multiple: true },
    by: { type: 'string' },
    json: { type: 'boolean' }
  },
  run({ values }) {
    const { by, ...filter } = validOptions(
      statsOptionsSchema,
      {
        from: values.from,
        to: values.to,
        country: (values.country as string | undefined)?.toUpperCase(),
        merchant: values.merchant,
        methods: listOption(values.method),
        cardOrigins: listOption(values['card-origin']),
        currency: (values.currency as string | undefined)?.toUpperCase(),
        by: values.by
      },
      { methods: 'method', cardOrigins: 'card-origin' }
    )
    const ctx = openStore(values)
    try {
      const result = stats(ctx.db, filter)
      if (by) return printBreakdown(ctx.db, filter, by, Boolean(values.json), result.fx.approximate)
      if (result.fx.missingRates)
        process.stderr.write('kassa stats: some days have no exchange rate; the nearest rate was used\n')
      if (values.json) {
        const { currency: c, from, to, segments } = result
        process.stdout.write(JSON.stringify({ currency: c, from, to, segments }) + '\n')
        return 0
      }
      const rows = SEGMENTS.map((s) => [
        s,
        String(result.segments[s].count),
        ...(['gross', 'refunds', 'net', 'average'] as const).map((k) => result.segments[s][k])
      ])
      const header = ['segment', 'count', 'gross', 'refunds', 'net', 'average']
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
      const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
      process.stdout.write(
        `${result.from} to ${result.to}, ${result.currency}${result.fx.approximate ? ' (approximate rates)' : ''}\n`
      )
      process.stdout.write([line(header), ...rows.map(line)].join('\n') + '\n')
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

/** A repeatable, comma-separable option's values, lower-cased and each once (the schema checks them). */
function listOption(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined
  return [...new Set((raw as string[]).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()))]
}

function printBreakdown(db: Db, filter: StatsFilter, by: (typeof BY)[number], json: boolean, approximate: boolean): number {
  const f = resolveFilter(db, filter)
  const rows = breakdown(db, f.cube, f.currency as Target, by)
  const keyOf = (r: (typeof rows)[number]) => (by === 'merchant' ? r.label : r.key)
  if (json) {
    process.stdout.write(
      JSON.stringify({ currency: f.currency, rows: rows.map((r) => ({ key: keyOf(r), segments: r.segments })) }) + '\n'
    )
    return 0
  }
  const shown = ['alipay', 'card', 'card_domestic', 'card_cn', 'chinese_customers'] as const
  const header = [by, ...shown.flatMap((s) => [`${s} n`, `${s} gross`])]
  const table = rows.map((r) => [
    printable(keyOf(r)),
    ...shown.flatMap((s) => [String(r.segments[s].count), r.segments[s].gross])
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  process.stdout.write(`${f.from} to ${f.to}, ${f.currency}${approximate ? ' (approximate rates)' : ''}\n`)
  process.stdout.write([line(header), ...table.map(line)].join('\n') + '\n')
  return 0
}

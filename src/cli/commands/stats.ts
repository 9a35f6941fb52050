import { UnknownMerchantError } from '../../core/analytics/filters'
import { stats } from '../../core/analytics/stats'
import { SEGMENTS } from '../../core/analytics/segments'
import { CURRENCIES } from '../../core/money/currency'
import { isValidDay } from '../../core/time/zones'
import { CliError, dbOption, type Command } from '../command'
import { openStore } from '../store'

export const statsCommand: Command = {
  name: 'stats',
  summary: 'spend by segment: Alipay vs card, Chinese vs domestic cards',
  usage: `Usage: kassa stats [--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--country DK|NO|SE|FI]
                   [--merchant NAME] [--currency ${CURRENCIES.join('|')}] [--json]

Counts exclude failed payments and refunds; gross is the sum of payments, refunds the sum of
refunds, net = gross - refunds, average = gross / count, converted at each day's rate.`,
  options: {
    ...dbOption,
    from: { type: 'string' },
    to: { type: 'string' },
    country: { type: 'string' },
    merchant: { type: 'string' },
    currency: { type: 'string' },
    json: { type: 'boolean' }
  },
  run({ values }) {
    for (const key of ['from', 'to'] as const) {
      const v = values[key] as string | undefined
      if (v !== undefined && !isValidDay(v)) throw new CliError(`--${key} "${v}" is not a date as YYYY-MM-DD`, 2)
    }
    const country = (values.country as string | undefined)?.toUpperCase()
    if (country !== undefined && !['DK', 'NO', 'SE', 'FI'].includes(country))
      throw new CliError(`--country must be one of DK, NO, SE, FI`, 2)
    const currency = ((values.currency as string | undefined) ?? 'NOK').toUpperCase()
    if (!(CURRENCIES as readonly string[]).includes(currency))
      throw new CliError(`--currency must be one of ${CURRENCIES.join(', ')}`, 2)

    const ctx = openStore(values)
    try {
      const result = stats(ctx.db, {
        from: values.from as string | undefined,
        to: values.to as string | undefined,
        country: country as 'DK' | 'NO' | 'SE' | 'FI' | undefined,
        merchant: values.merchant as string | undefined,
        currency: currency as (typeof CURRENCIES)[number]
      })
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
    } catch (err) {
      if (err instanceof UnknownMerchantError) throw new CliError(err.message)
      throw err
    } finally {
      ctx.db.close()
    }
  }
}

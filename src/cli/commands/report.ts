import { extname } from 'node:path'
import { UserError } from '../../core/errors'
import { CURRENCIES } from '../../core/money/currency'
import { REPORT_FORMATS, REPORT_LOCALES, REPORT_TYPES } from '../../core/reports/params'
import { reportSaveSchema } from '../../core/routes/schemas'
import { dbOption, usageError, type Command } from '../command'
import { validOptions } from '../options'
import { openStore } from '../store'
import { printable } from '../terminal'

export const reportCommand: Command = {
  name: 'report',
  summary: 'write a statement, portfolio, pipeline or tourism report as PDF, HTML, CSV or XLSX',
  usage: `Usage: kassa report --type ${REPORT_TYPES.join('|')} --from YYYY-MM-DD --to YYYY-MM-DD
                    --format ${REPORT_FORMATS.join('|')} --out FILE
                    [--db PATH] [--merchant NAME] [--country DK|NO|SE|FI] [--rep NAME]
                    [--currency ${CURRENCIES.join('|')}] [--locale ${REPORT_LOCALES.join('|')}]

  statement  one merchant (--merchant): sales by segment, refunds, fees, net, daily table, change
  portfolio  a country (--country), a rep (--rep) or all merchants: KPIs, Alipay vs card, top merchants
  pipeline   onboarding: merchants per stage and country, funnel, stale merchants, go-lives
  tourism    Chinese customers vs domestic card holders (the 4,000 vs 338 NOK comparison)

Figures equal \`kassa stats\` for the same filters. --format defaults to the --out extension.
PDF is printed by the Electron runtime when installed, else by Chromium ($KASSA_CHROMIUM,
/usr/bin/chromium, chromium or google-chrome on PATH). CSV holds every table in one file, each
section introduced by its title line. The file is written whole or not at all.`,
  options: {
    ...dbOption,
    type: { type: 'string' },
    merchant: { type: 'string' },
    country: { type: 'string' },
    rep: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    currency: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    locale: { type: 'string' }
  },
  async run({ values }) {
    const str = (k: string) => values[k] as string | undefined
    const out = str('out')
    if (!out) throw usageError(reportCommand, '--out FILE is required')
    const { params, format } = formatHint(str('format'), () =>
      validOptions(reportSaveSchema, {
        params: {
          type: str('type'),
          from: str('from'),
          to: str('to'),
          merchant: str('merchant'),
          country: str('country')?.toUpperCase(),
          rep: str('rep'),
          currency: str('currency')?.toUpperCase(),
          locale: str('locale')
        },
        format: (str('format') ?? extname(out).slice(1)).toLowerCase()
      })
    )

    const ctx = openStore(values)
    try {
      // Loaded here, not with the CLI: the renderers would add to every other command's memory (docs/benchmarks.md).
      const { exportReport } = await import('../../core/reports/export')
      const result = await exportReport(ctx.db, params, format, out)
      process.stdout.write(
        `${result.title} · ${printable(result.scope)} · ${result.period}: wrote ${printable(result.path)} (${result.bytes} bytes)\n`
      )
      return 0
    } finally {
      ctx.db.close()
    }
  }
}

/** Without --format the format comes from the --out name: a refused one says so. */
function formatHint<T>(given: string | undefined, validate: () => T): T {
  try {
    return validate()
  } catch (err) {
    if (given || !(err instanceof UserError) || !err.message.startsWith('--format ')) throw err
    throw new UserError(err.code, `${err.message} (or give --out a .pdf/.html/.csv/.xlsx name)`)
  }
}

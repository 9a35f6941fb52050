import { basename } from 'node:path'
import { z } from 'zod'
import { toApiError } from '../../core/api/invoke'
import type { UserError } from '../../core/errors'
import { FORMATS } from '../../core/import/formats/types'
import { importFile, type ImportResult } from '../../core/import/pipeline'
import type { SegmentCounts } from '../../core/import/segments'
import { ENCODINGS } from '../../core/import/text/encoding'
import type { ColumnQuestions } from '../../core/import/columns'
import { importChoicesSchema } from '../../core/routes/schemas'
import { dbOption, usageError, type Command } from '../command'
import { validOptions } from '../options'
import { columnsText } from './import-columns'
import { openStore } from '../store'
import { printable } from '../terminal'

const nf = new Intl.NumberFormat('en')

/** The import.commit route's choices, with `auto` for a format left to detection. */
const importOptionsSchema = importChoicesSchema.extend({ format: z.enum(['auto', ...FORMATS]).default('auto') })

function progressLine(file: string, p: { rows: number; bytes: number; total: number; phase: string }, started: number): string {
  const pct = p.total > 0 ? Math.min(100, Math.floor((p.bytes / p.total) * 100)) : 0
  const seconds = (Date.now() - started) / 1000
  const rate = seconds > 0 ? Math.round(p.rows / seconds) : 0
  return `\r${printable(file)}: ${nf.format(p.rows)} rows, ${(p.bytes / 1e6).toFixed(1)} of ${(p.total / 1e6).toFixed(1)} MB (${pct}%), ${nf.format(rate)} rows/s${p.phase === 'totals' ? ', updating totals…' : ''} `
}

const counted = (n: number, noun: string) => `${nf.format(n)} ${noun}${n === 1 ? '' : 's'}`

/** Lines a format reads as neither sale nor refund: counted apart from rows, and said so. */
function skippedNote(n: number): string {
  return n === 1
    ? 'one line is not a sale or refund (a fee, payout, summary, heading or end marker) and was passed over'
    : `${nf.format(n)} lines are not sales or refunds (fees, payouts, summaries, headings, end markers) and were passed over`
}

const SEGMENT_NAMES: [keyof SegmentCounts, string][] = [
  ['alipay', 'Alipay'],
  ['card_domestic', 'domestic cards'],
  ['card_cn', 'Chinese cards'],
  ['card_foreign', 'other foreign cards'],
  ['card_unknown', 'cards of unknown origin'],
  ['other', 'other methods']
]

/** Rows per segment, so a wrong split (all Alipay read as cards) shows at a glance; unknown-origin cards only when there are any. */
function segmentsLine(segments: SegmentCounts): string {
  const shown = SEGMENT_NAMES.filter(([key]) => key !== 'card_unknown' || segments[key] > 0)
  return `by segment: ${shown.map(([key, name]) => `${name} ${nf.format(segments[key])}`).join(', ')}`
}

function jsonOf(r: ImportResult) {
  return {
    file: r.file,
    format: r.format,
    encoding: r.encoding,
    rows: r.rows,
    imported: r.imported,
    duplicates: r.duplicates,
    rejected: r.rejected,
    rejects: r.rejects,
    segments: r.segments,
    ...(r.skipped > 0 ? { skipped: r.skipped } : {}),
    ...(r.warnings.length > 0 ? { warnings: r.warnings } : {}),
    ...(r.columns.length > 0 ? { columns: r.columns } : {})
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import transaction files (CSV, Alipay, Antom, Vipps, Adyen), de-duplicated',
  usage: `Usage: kassa import FILE... [--db PATH] [--format auto|${FORMATS.join('|')}] [--merchant NAME]
                    [--profile NAME] [--encoding ${ENCODINGS.join('|')}] [--accept-defaults] [--dry-run] [--json]

Each file is imported in one transaction: all of it or none of it. Rows already in the store
(same source and id, or same time, amount, currency, merchant and terminal) are counted as
duplicates; lines that cannot be read are rejected with their line number and a reason.
--merchant names the merchant for rows that name none (created if new). --dry-run reads
everything and reports what would happen without writing. Every column of a delimited file is
named with the role it plays (from its header, its values, a profile) or as ignored. A file with
a column that looks like methods, countries or currencies but is not used, or rows without a
payment method (which would be booked as card), is refused with the reason unless
--accept-defaults is given; the fallback is then noted. Exit 0 when every file was read
(even with rejected lines); 1 when a file could not be read or has no recognisable format.`,
  options: {
    ...dbOption,
    format: { type: 'string' },
    merchant: { type: 'string' },
    profile: { type: 'string' },
    encoding: { type: 'string' },
    'accept-defaults': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run({ values, positionals }) {
    if (positionals.length === 0) throw usageError(importCommand, 'no file given')
    const choices = validOptions(importOptionsSchema, {
      format: values.format,
      encoding: values.encoding,
      merchant: values.merchant,
      profile: values.profile,
      acceptDefaults: values['accept-defaults'] === true
    })
    const tty = process.stderr.isTTY === true
    const ctx = openStore(values)
    const files: object[] = []
    let failed = false
    try {
      for (const path of positionals) {
        const name = basename(path)
        const started = Date.now()
        try {
          // On this thread: the app needs a worker to stay responsive, a command does not, and from source every
          // worker thread starts its own TypeScript loader, which costs memory (docs/benchmarks.md). Writes to a
          // terminal go out as they are made, on Windows too.
          const result = importFile(ctx.db, path, {
            ...choices,
            format: choices.format === 'auto' ? undefined : choices.format,
            dryRun: values['dry-run'] === true,
            onProgress: (p) => {
              if (tty) process.stderr.write(progressLine(name, p, started))
            }
          })
          if (tty) process.stderr.write('\r\x1b[K')
          files.push(jsonOf(result))
          if (!values.json) {
            const verb = values['dry-run'] ? 'would import' : 'imported'
            process.stdout.write(
              `${printable(name)}: ${result.format}, ${result.encoding}: ${counted(result.rows, 'row')}, ${verb} ${nf.format(result.imported)}, ` +
                `${counted(result.duplicates, 'duplicate')}, ${nf.format(result.rejected)} rejected\n`
            )
            process.stdout.write(`  ${segmentsLine(result.segments)}\n`)
            process.stdout.write(columnsText(result.columns))
            for (const r of result.rejects.slice(0, 20)) process.stdout.write(`  line ${r.line}: ${printable(r.reason)}\n`)
            if (result.rejects.length > 20)
              process.stdout.write(`  … and ${nf.format(result.rejects.length - 20)} more rejected lines\n`)
            if (result.skipped > 0) process.stdout.write(`  note: ${skippedNote(result.skipped)}\n`)
            for (const w of result.warnings) process.stdout.write(`  note: ${printable(w)}\n`)
          }
        } catch (err) {
          if (tty) process.stderr.write('\r\x1b[K')
          failed = true
          const { code, message } = toApiError(err, undefined, () => {})
          process.stderr.write(`kassa import: ${printable(path)}: ${printable(message)}; nothing from this file was written\n`)
          const asked = code === 'needs_confirmation' ? (err as UserError<ColumnQuestions>).details : undefined
          if (asked) {
            if (!values.json) process.stderr.write(columnsText(asked.columns))
            files.push({ file: name, error: message, code, questions: asked.questions, columns: asked.columns })
          } else files.push({ file: name, error: message, code })
        }
      }
    } finally {
      ctx.db.close()
    }
    if (values.json) process.stdout.write(JSON.stringify({ files }) + '\n')
    return failed ? 1 : 0
  }
}

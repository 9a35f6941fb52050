// Route inputs the command line validates too (src/cli): one schema per input, so the app and `kassa` accept the
// same values and refuse the rest with the same rule.
import { z } from 'zod'
import { FORMATS } from '../import/formats/types'
import { DELIMITERS } from '../import/text/delimiter'
import { ENCODINGS } from '../import/text/encoding'
import { FIELDS } from '../import/vocab/headers'
import { REPORT_FORMATS, reportParamsSchema } from '../reports/params'
import { COUNTRIES, isValidDay, type CountryCode } from '../time/zones'

export { statsFilterSchema } from '../analytics/filters'
export { reportParamsSchema } from '../reports/params'

export const daySchema = z.string().refine(isValidDay, { message: 'expected a date as YYYY-MM-DD' })
export const countrySchema = z.enum(COUNTRIES as [CountryCode, ...CountryCode[]])

/** `demo.load`: how many sales and which seed. */
export const demoInputSchema = z.object({
  transactions: z.number().int().min(1).max(10_000_000).default(100_000),
  seed: z.number().int().default(2018)
})

/** How a transaction file is read, as detected or as the user chose (import.preview, import.commit). */
export const importChoicesSchema = z.object({
  format: z.enum(FORMATS).optional(),
  encoding: z.enum(ENCODINGS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
  decimal: z.enum(['comma', 'point']).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  mapping: z.partialRecord(z.enum(FIELDS), z.number().int().min(0)).optional(),
  merchantId: z.number().int().optional(),
  merchant: z.string().trim().min(1).optional(),
  profile: z.string().optional(),
  acceptDefaults: z.boolean().optional()
})

/** `merchants.import.commit`: the previewed file, and the country for rows that name none. */
export const merchantImportSchema = z.object({ path: z.string().min(1), country: countrySchema.optional() })

/** `merchants.export`: every merchant, or one country's. */
export const merchantExportSchema = z.object({ country: countrySchema.optional() })

/** `reports.preview`: the report's parameters and an optional job id `reports.cancel` can name. */
export const reportInputSchema = z.object({ params: reportParamsSchema, job: z.string().min(1).max(64).optional() })

/** `reports.save`: the same, in one file format. */
export const reportSaveSchema = reportInputSchema.extend({ format: z.enum(REPORT_FORMATS) })

/** Settings → Team's connect form and `kassa sync --server`. */
export const syncConnectSchema = z.object({
  server: z.string().min(1).max(2000),
  password: z.string().max(1000).optional(),
  remember: z.boolean().default(true)
})

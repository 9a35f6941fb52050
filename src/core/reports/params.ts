import { z } from 'zod'
import { CURRENCIES } from '../money/currency'
import { COUNTRIES, isValidDay } from '../time/zones'
import { LOCALES } from '../locales'

export const REPORT_TYPES = ['statement', 'portfolio', 'pipeline', 'tourism'] as const
export type ReportType = (typeof REPORT_TYPES)[number]
export const REPORT_LOCALES = LOCALES
export type ReportLocale = (typeof REPORT_LOCALES)[number]
export const REPORT_FORMATS = ['html', 'csv', 'xlsx', 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

const day = z.string().refine(isValidDay, { message: 'expected a date as YYYY-MM-DD' })

export const reportParamsSchema = z
  .object({
    type: z.enum(REPORT_TYPES),
    from: day,
    to: day,
    merchant: z.string().trim().min(1).optional(),
    country: z.enum(COUNTRIES).optional(),
    rep: z.string().trim().min(1).optional(),
    currency: z.enum(CURRENCIES).default('NOK'),
    locale: z.enum(REPORT_LOCALES).default('en')
  })
  .refine((p) => p.from <= p.to, { message: 'the period ends before it starts (--from is after --to)', path: ['to'] })
  .refine((p) => p.type !== 'statement' || p.merchant, {
    message: 'a statement needs a merchant (--merchant NAME)',
    path: ['merchant']
  })

export type ReportParams = z.output<typeof reportParamsSchema>
export type ReportParamsInput = z.input<typeof reportParamsSchema>

import { z } from 'zod'
import type { Db } from './db/open'
import { CURRENCIES } from './money/currency'

export const LOCALES = ['en', 'nb'] as const

export const settingsSchema = z.object({
  locale: z.enum(LOCALES).default('en'),
  currency: z.enum(CURRENCIES).default('NOK')
})
export type Settings = z.output<typeof settingsSchema>
// Not settingsSchema.partial(): zod 4 would still fill the defaults and reset the fields not sent.
export const settingsPatchSchema = z.object({ locale: z.enum(LOCALES).optional(), currency: z.enum(CURRENCIES).optional() })

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]))
  const parsed = settingsSchema.safeParse(stored)
  return parsed.success ? parsed.data : settingsSchema.parse({})
}

export function saveSettings(db: Db, patch: z.output<typeof settingsPatchSchema>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  )
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value))
  })()
  return getSettings(db)
}

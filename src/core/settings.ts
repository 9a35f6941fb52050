import { z } from 'zod'
import type { Db } from './db/open'
import { CURRENCIES } from './money/currency'
import { LOCALES, nearestLocale } from './locales'

// No default language: until the user picks one, Kassa speaks the system's (see settings.get).
const storedSchema = z.object({
  locale: z.enum(LOCALES).optional(),
  currency: z.enum(CURRENCIES).default('NOK')
})
export type Settings = Required<z.output<typeof storedSchema>>
// Not storedSchema.partial(): zod 4 would still fill the defaults and reset the fields not sent.
export const settingsPatchSchema = z.object({ locale: z.enum(LOCALES).optional(), currency: z.enum(CURRENCIES).optional() })
/** The system's preferred languages, best first (navigator.languages in the app), for a store with no choice yet. */
export const settingsQuerySchema = z.object({ system: z.array(z.string().max(64)).max(32).optional() })

export function getSettings(db: Db, systemLocales: readonly string[] = []): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]))
  const parsed = storedSchema.safeParse(stored)
  const settings = parsed.success ? parsed.data : storedSchema.parse({})
  return { locale: settings.locale ?? nearestLocale(systemLocales), currency: settings.currency }
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

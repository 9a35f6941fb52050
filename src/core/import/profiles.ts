import { z } from 'zod'
import type { Db } from '../db/open'
import { UserError } from '../errors'
import { FORMATS } from './formats/types'
import { DELIMITERS } from './text/delimiter'
import { analyse, type Overrides } from './analyse'
import { FIELDS, headerSignature, normaliseHeader, type Mapping } from './vocab/headers'

/** A saved mapping: columns by header name, so it survives a column being moved. */
export const profileSchema = z.object({
  name: z.string().trim().min(1).max(100),
  signature: z.string(),
  format: z.enum(FORMATS).default('csv'),
  delimiter: z.enum(DELIMITERS).optional(),
  decimal: z.enum(['comma', 'point']).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  columns: z.partialRecord(z.enum(FIELDS), z.string())
})
export type Profile = z.output<typeof profileSchema>

export function listProfiles(db: Db): Profile[] {
  const rows = db.prepare('SELECT name, signature, choices FROM import_profiles ORDER BY name COLLATE NOCASE').all() as {
    name: string
    signature: string
    choices: string
  }[]
  return rows.map((r) => profileSchema.parse({ ...JSON.parse(r.choices), name: r.name, signature: r.signature }))
}

export function saveProfile(db: Db, profile: Profile): Profile {
  const p = profileSchema.parse(profile)
  const { name, signature, ...choices } = p
  db.prepare(
    `INSERT INTO import_profiles (name, signature, choices, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET signature = excluded.signature, choices = excluded.choices, updated_at = excluded.updated_at`
  ).run(name, signature, JSON.stringify(choices), Date.now())
  return p
}

export function deleteProfile(db: Db, name: string): void {
  db.prepare('DELETE FROM import_profiles WHERE name = ?').run(name)
}

export function findProfile(db: Db, by: { name?: string; signature?: string }): Profile | undefined {
  return listProfiles(db).find((p) => (by.name ? p.name.toLowerCase() === by.name.toLowerCase() : p.signature === by.signature))
}

/** Column indexes of a profile for a given header (columns matched by normalised name). */
export function mappingFor(profile: Profile, header: string[]): Mapping {
  const names = header.map(normaliseHeader)
  const mapping: Mapping = {}
  for (const [field, column] of Object.entries(profile.columns)) {
    const i = names.indexOf(normaliseHeader(column as string))
    if (i >= 0) mapping[field as keyof Mapping] = i
  }
  return mapping
}

export function columnsOf(mapping: Mapping, header: string[]): Profile['columns'] {
  const columns: Profile['columns'] = {}
  // A column without a name (a file without a header) cannot be found again by name.
  for (const [field, i] of Object.entries(mapping))
    if (i !== undefined && header[i]?.trim()) columns[field as keyof Mapping] = header[i]
  return columns
}

export function exportProfiles(db: Db): string {
  return JSON.stringify({ kassaImportProfiles: 1, profiles: listProfiles(db) }, null, 2)
}

export function importProfiles(db: Db, json: string): number {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new UserError('invalid_profiles', 'the profiles file is not JSON')
  }
  const list = z.object({ profiles: z.array(profileSchema) }).safeParse(parsed)
  if (!list.success) throw new UserError('invalid_profiles', 'the profiles file does not hold Kassa import profiles')
  db.transaction(() => list.data.profiles.forEach((p) => saveProfile(db, p)))()
  return list.data.profiles.length
}

/**
 * The options with a saved profile applied: the one named, else the one saved for this header.
 * Whatever the caller set explicitly wins over the profile.
 */
export function applyProfile<T extends Overrides & { profile?: string }>(
  db: Db,
  path: string,
  options: T
): T & { appliedProfile?: string } {
  if (options.mapping && !options.profile) return options
  // Read the header as plain CSV: a file no format recognises may still have a saved profile.
  const header = analyse(path, { ...options, format: options.format ?? 'csv' }).header
  const profile = options.profile
    ? findProfile(db, { name: options.profile })
    : findProfile(db, { signature: headerSignature(header) })
  if (options.profile && !profile) throw new UserError('not_found', `there is no import profile named "${options.profile}"`)
  if (!profile) return options
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as T
  return {
    format: profile.format,
    delimiter: profile.delimiter,
    decimal: profile.decimal,
    dateOrder: profile.dateOrder,
    mapping: mappingFor(profile, header),
    ...defined,
    appliedProfile: profile.name
  }
}

import type { Db } from '../db/open'
import { UserError } from '../errors'
import { dashboardFilterSchema, type DashboardFilter } from './dashboard-filter'

export interface SavedView {
  id: number
  name: string
  filters: DashboardFilter
  createdAt: number
}

export function listViews(db: Db): SavedView[] {
  const rows = db
    .prepare('SELECT id, name, filters, created_at AS createdAt FROM saved_views ORDER BY name COLLATE NOCASE')
    .all() as {
    id: number
    name: string
    filters: string
    createdAt: number
  }[]
  return rows.map((r) => ({ ...r, filters: dashboardFilterSchema.partial().parse(JSON.parse(r.filters)) }))
}

/** Saves the filter state under a name; the same name again replaces it. */
export function saveView(db: Db, name: string, filters: DashboardFilter): SavedView {
  const clean = name.trim()
  if (!clean) throw new UserError('view_name', 'give the view a name')
  const parsed = dashboardFilterSchema.parse(filters)
  const row = db
    .prepare(
      `INSERT INTO saved_views (name, filters, created_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET filters = excluded.filters RETURNING id, created_at AS createdAt`
    )
    .get(clean, JSON.stringify(parsed), Date.now()) as { id: number; createdAt: number }
  return { id: row.id, name: clean, filters: parsed, createdAt: row.createdAt }
}

export function deleteView(db: Db, id: number): void {
  const { changes } = db.prepare('DELETE FROM saved_views WHERE id = ?').run(id)
  if (changes === 0) throw new UserError('view_not_found', 'that view no longer exists')
}

import { CUBES, cubeDdl } from '../../analytics/cubes'

// Analytics cubes (see src/core/analytics/cubes.ts), saved dashboard views, and a flag that
// asks ensureCubes() to fill the cubes once from the rows a store already holds.
export default /* sql */ `
${CUBES.map(cubeDdl).join('')}
CREATE TABLE analytics_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO analytics_state (key, value) SELECT 'cubes_stale', '1' WHERE EXISTS (SELECT 1 FROM daily_rollup);

-- The Transactions screen: keyset pages sorted by amount, and search by the source's id.
CREATE INDEX transactions_amount ON transactions(amount, id);
CREATE INDEX transactions_external_id ON transactions(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  filters TEXT NOT NULL,           -- JSON of the dashboard filter state
  created_at INTEGER NOT NULL
);
`

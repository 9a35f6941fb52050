// Which part of src/ may import which. A unit is a folder (src/core/db) or a file at core's root
// (src/core/api.ts); every unit sits in one layer. A unit imports its own files, any unit of a lower
// layer, and nothing else: not a higher layer, not a sibling in its own layer. The renderer and the
// preload run outside Node and are islands: they name what they may reach instead.

/** Lowest first. */
export const LAYERS = [
  // Pure code the renderer shares with core: no Node, no store.
  { name: 'shared', units: ['src/shared'] },
  // Knows nothing of the store: errors, clocks, money, languages, the resources folder.
  {
    name: 'base',
    units: ['src/core/errors.ts', 'src/core/time', 'src/core/money', 'src/core/locales.ts', 'src/core/resources.ts']
  },
  { name: 'db', units: ['src/core/db'] },
  // What several domains use: name keys, whole-file writes, the store's settings, worker threads (whose failures
  // carry the store's error codes).
  { name: 'core shared', units: ['src/core/shared', 'src/core/settings.ts', 'src/core/workers.ts'] },
  // The only writer of the cubes.
  { name: 'rollup', units: ['src/core/rollup'] },
  // Reads payment files; merchants' own CSV import reuses its file readers, so import sits below merchants.
  { name: 'import', units: ['src/core/import'] },
  // Store backups and restores run in a worker thread, like imports and reports.
  { name: 'domains', units: ['src/core/merchants', 'src/core/fx', 'src/core/backup'] },
  // analytics reads what the domains wrote; demo writes a whole world through the domains.
  { name: 'readers', units: ['src/core/analytics', 'src/core/demo'] },
  // Reports render what analytics reads; the team sync pushes and pulls what the domains wrote, and rebuilds its
  // rollups through rollup's API.
  { name: 'outputs', units: ['src/core/reports', 'src/core/sync'] },
  // What every route uses: the route shape, access checks, invoking a route.
  { name: 'route kit', units: ['src/core/api'] },
  { name: 'routes', units: ['src/core/routes'] },
  // The route table and the context hosts build: what main and the CLI start from.
  { name: 'composition', units: ['src/core/api.ts', 'src/core/context.ts'] },
  // Electron's main process runs the CLI when started with --cli.
  { name: 'cli', units: ['src/cli'] },
  { name: 'main', units: ['src/main'] }
]

/**
 * Units outside the stack. `runtime`: units they may load; `types`: units they may take types from
 * (erased at build, so nothing of core reaches the window).
 */
export const ISLANDS = {
  'src/renderer': { runtime: ['src/shared'], types: ['src/core'] },
  'src/preload': { runtime: ['src/shared'], types: ['src/core'] }
}

/** Packages a unit must not load, by the unit's path prefix. */
export const FORBIDDEN_PACKAGES = [
  { units: ['src/core', 'src/cli', 'src/shared'], packages: ['electron'], why: 'core runs without Electron' },
  { units: ['src/shared', 'src/renderer'], packages: ['electron', 'better-sqlite3', 'node:*'], why: 'it runs in the window' }
]

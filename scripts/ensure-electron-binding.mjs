// Before `npm start`: make node_modules' better-sqlite3 an Electron-ABI build.
// The Node-ABI copy saved at install time (.native/) keeps tests and the CLI working.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const marker = join(root, '.native', 'electron-build.json')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex')

const current = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : null
if (current && existsSync(built) && current.electron === electronVersion && current.sha256 === hash(built)) process.exit(0)

if (!existsSync(join(root, '.native', `better_sqlite3-node-${process.versions.modules}.node`))) {
  execFileSync(process.execPath, [join(root, 'scripts/save-node-binding.mjs')], { stdio: 'inherit' })
}
console.log(`kassa: building better-sqlite3 for Electron ${electronVersion} (once)…`)
execFileSync(
  process.execPath,
  [join(root, 'node_modules/@electron/rebuild/lib/cli.js'), '--force', '--only', 'better-sqlite3', '--version', electronVersion],
  { stdio: 'inherit', cwd: root }
)
mkdirSync(dirname(marker), { recursive: true })
writeFileSync(marker, JSON.stringify({ electron: electronVersion, sha256: hash(built) }))

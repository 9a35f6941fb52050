// Keeps a Node-ABI copy of better-sqlite3's native module so that tests and the
// `kassa` command keep working after `npm start` rebuilds the original for Electron.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const target = join(root, '.native', `better_sqlite3-node-${process.versions.modules}.node`)

if (!existsSync(built)) {
  console.warn('kassa: better-sqlite3 has no native build yet; run `npm rebuild better-sqlite3`.')
  process.exit(0)
}
mkdirSync(dirname(target), { recursive: true })
copyFileSync(built, target)
console.log(`kassa: saved the Node ABI ${process.versions.modules} build of better-sqlite3 to ${target}`)

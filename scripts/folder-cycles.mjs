// Proves src/core has no cycle between its units (folders, and files at core's root).
// `node scripts/folder-cycles.mjs` prints every cycle and exits 1 when there is one;
// test/unit/foundation/layers.test.ts runs the same check.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { resolveImport, srcPath, unitOf } from '../eslint/layers.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path
  }
}

/** Every relative import in src/core, as src paths: { from: 'src/core/db/open.ts', to: 'src/core/db/migrate' }. */
export function coreImports(root = ROOT) {
  const edges = []
  for (const file of sourceFiles(join(root, 'src/core'))) {
    const from = relative(root, file).split('\\').join('/')
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue
      const to = srcPath(relative(root, resolveImport(file, fileName)))
      if (to?.startsWith('src/core/')) edges.push({ from, to })
    }
  }
  return edges
}

/** Unit → the other units it imports. */
export function unitGraph(edges) {
  const graph = new Map()
  for (const { from, to } of edges) {
    const [a, b] = [unitOf(from), unitOf(to)]
    if (!graph.has(a)) graph.set(a, new Set())
    if (!graph.has(b)) graph.set(b, new Set())
    if (a !== b) graph.get(a).add(b)
  }
  return graph
}

/** The groups of units that reach each other (Tarjan's strongly connected components of more than one unit). */
export function cycles(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  let next = 0
  const visit = (unit) => {
    index.set(unit, next)
    low.set(unit, next++)
    stack.push(unit)
    onStack.add(unit)
    for (const to of graph.get(unit) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(unit, Math.min(low.get(unit), low.get(to)))
      } else if (onStack.has(to)) low.set(unit, Math.min(low.get(unit), index.get(to)))
    }
    if (low.get(unit) !== index.get(unit)) return
    const group = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      group.push(member)
    } while (member !== unit)
    if (group.length > 1) found.push(group.sort())
  }
  for (const unit of graph.keys()) if (!index.has(unit)) visit(unit)
  return found
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const edges = coreImports()
  const found = cycles(unitGraph(edges))
  for (const group of found) console.log(`cycle: ${group.join(' <-> ')}`)
  if (found.length === 0) console.log('src/core: no folder cycle')
  process.exitCode = found.length > 0 ? 1 : 0
}

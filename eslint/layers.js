// ESLint rule `kassa/layers`: every import follows eslint/layer-map.js (in the spirit of VS Code's layering check).
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { FORBIDDEN_PACKAGES, ISLANDS, LAYERS } from './layer-map.js'

const layerIndex = new Map(LAYERS.flatMap((layer, i) => layer.units.map((unit) => [unit, i])))
const within = (unit, prefix) => unit === prefix || unit.startsWith(`${prefix}/`)
const withoutExtension = (p) => p.replace(/(\.d)?\.(ts|js|mjs|cjs|vue)$/, '')

const SRC = /(?:^|\/)(src\/(?:core|shared|cli|main|preload|renderer)(?:\/.*)?)$/

/**
 * A file's path from its `src/` folder ('src/core/db/open.ts'), or undefined outside src. A fixture under
 * test/fixtures/layers/src/… is checked as the file it stands for.
 */
export function srcPath(file) {
  return SRC.exec(file.split(path.sep).join('/'))?.[1]
}

/**
 * The module a relative import names, as a path: `spec` from `file`. A folder imported by its index (`../rollup`)
 * becomes `…/rollup/index`, unless a file of that name wins as in module resolution (`../api` is api.ts, not api/).
 */
export function resolveImport(file, spec) {
  const target = path.resolve(path.dirname(file), spec)
  const isFolder = existsSync(target) && statSync(target).isDirectory()
  return isFolder && !existsSync(`${target}.ts`) ? path.join(target, 'index') : target
}

/** The unit a src path belongs to: a folder, or a file directly in src/core (an import of 'core/api' names api.ts). */
export function unitOf(p) {
  const parts = withoutExtension(p).split('/')
  if (parts[1] !== 'core') return parts.slice(0, 2).join('/')
  return parts.length === 3 ? `src/core/${parts[2]}.ts` : parts.slice(0, 3).join('/')
}

/** Why `from` may not import `to` (both src paths), or null when it may. `typeOnly`: the import is erased at build. */
export function layerProblem(from, to, typeOnly = false) {
  const a = unitOf(from)
  const b = unitOf(to)
  if (a === b) return null
  const island = ISLANDS[a]
  if (island) {
    if (island.runtime.some((p) => within(b, p)) || (typeOnly && island.types.some((p) => within(b, p)))) return null
    return `${a} may load only ${island.runtime.join(', ')} (and take types from ${island.types.join(', ')}), not ${b}`
  }
  if (ISLANDS[b]) return `${a} may not import ${b}`
  if (!layerIndex.has(a)) return `${a} is not in the layer map (eslint/layer-map.js): give it a layer`
  if (!layerIndex.has(b)) return `${b} is not in the layer map (eslint/layer-map.js): give it a layer`
  const [la, lb] = [layerIndex.get(a), layerIndex.get(b)]
  if (la > lb) return null
  if (la === lb) return `${a} and ${b} are siblings in layer "${LAYERS[la].name}": neither imports the other`
  return `${a} (layer "${LAYERS[la].name}") may not import ${b} from the higher layer "${LAYERS[lb].name}"`
}

/** Why `from` may not load the package `name`, or null. */
export function packageProblem(from, name, typeOnly = false) {
  if (typeOnly) return null
  const a = unitOf(from)
  for (const rule of FORBIDDEN_PACKAGES) {
    if (!rule.units.some((p) => within(a, p))) continue
    const hit = rule.packages.find((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p))
    if (hit) return `${a} may not load ${name}: ${rule.why}`
  }
  return null
}

const typeOnlyImport = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'))

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer map in eslint/layer-map.js' },
    schema: [],
    messages: { layer: '{{problem}}' }
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename
    const from = srcPath(file)
    if (!from) return {}
    const check = (node, source, typeOnly) => {
      const spec = source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined
      if (spec === undefined) return
      let problem
      if (spec.startsWith('.')) {
        const to = srcPath(resolveImport(file, spec))
        problem = to ? layerProblem(from, to, typeOnly) : null
      } else problem = packageProblem(from, spec, typeOnly)
      if (problem) context.report({ node: source, messageId: 'layer', data: { problem } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, typeOnlyImport(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.argument?.literal, true)
    }
  }
}

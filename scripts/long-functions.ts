// Lists every function or method under src longer than the limit (issue 21: long functions are split into
// named steps). Run `npx tsx scripts/long-functions.ts [limit]`; test/unit/foundation/long-functions.test.ts
// fails when one appears.
import ts from 'typescript'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const LINE_LIMIT = 80

export interface LongFunction {
  /** Path from the repository root, with forward slashes. */
  file: string
  /** The declared name, or the variable / property it is assigned to; nested names joined by `.`. */
  name: string
  line: number
  lines: number
}

/** `file#name`, the key the allow-list uses. */
export function keyOf(fn: Pick<LongFunction, 'file' | 'name'>): string {
  return `${fn.file}#${fn.name}`
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** A .vue file's `<script>` blocks, everything else blanked to newlines so line numbers match the file. */
function scriptOf(text: string): string {
  let script = ''
  let at = 0
  for (const match of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const start = match.index + match[1].length
    script += text.slice(at, start).replace(/[^\n]/g, '') + match[2]
    at = start + match[2].length
  }
  return script
}

function nameOf(node: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isAccessor(node)) && node.name !== undefined) {
    return node.name.getText()
  }
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    if (ts.isFunctionExpression(node) && node.name) return node.name.text
    const parent = node.parent
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
      return parent.name.getText()
    }
    if (ts.isCallExpression(parent)) {
      // `const useX = defineStore('x', () => {…})` is named by what it is assigned to.
      const callee = `${parent.expression.getText()}(…)`
      return ts.isVariableDeclaration(parent.parent) ? `${parent.parent.name.getText()}=${callee}` : callee
    }
  }
  return undefined
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isAccessor(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  )
}

/**
 * A Pinia setup store's body is a scope of small functions and refs, as a `<script setup>` block is (which is
 * not a function here either): its functions are measured one by one, the scope as a whole is not.
 */
function isSetupScope(node: ts.Node): boolean {
  const parent = node.parent
  return (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isCallExpression(parent) &&
    parent.expression.getText() === 'defineStore'
  )
}

/** Every function in one file's text longer than `limit` lines, counted from its first line to its last. */
export function longFunctionsIn(file: string, text: string, limit = LINE_LIMIT): LongFunction[] {
  const script = file.endsWith('.vue') ? scriptOf(text) : text
  const source = ts.createSourceFile(file, script, ts.ScriptTarget.Latest, true)
  const found: LongFunction[] = []
  const visit = (node: ts.Node, outer: string[]): void => {
    let path = outer
    if (isFunction(node)) {
      const own = nameOf(node) ?? `<anonymous>`
      path = [...outer, own]
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = last - first + 1
      if (lines > limit && !isSetupScope(node)) found.push({ file, name: path.join('.'), line: first + 1, lines })
    } else if (ts.isClassDeclaration(node) && node.name) {
      path = [...outer, node.name.text]
    }
    ts.forEachChild(node, (child) => visit(child, path))
  }
  visit(source, [])
  return found
}

/** Every long function under `root`/src, sorted by file then line. */
export function findLongFunctions(root: string, limit = LINE_LIMIT): LongFunction[] {
  return sourceFiles(join(root, 'src')).flatMap((path) =>
    longFunctionsIn(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'), limit)
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(fileURLToPath(import.meta.url), '..', '..')
  const limit = Number(process.argv[2] ?? LINE_LIMIT)
  const found = findLongFunctions(root, limit)
  for (const fn of found) console.log(`${String(fn.lines).padStart(4)}  ${fn.file}:${fn.line}  ${fn.name}`)
  console.log(`${found.length} function(s) over ${limit} lines`)
}

import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { coreImports, cycles, unitGraph } from '../../../scripts/folder-cycles.mjs'

const ROOT = join(import.meta.dirname, '../../..')
const FIXTURES = join(ROOT, 'test/fixtures/layers/src')

/** What the layer rule says about one fixture, linted with the project's own ESLint config. */
async function layerMessages(fixture: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT, ignore: false })
  const [result] = await eslint.lintFiles([join(FIXTURES, fixture)])
  return result.messages.filter((m) => m.ruleId === 'kassa/layers').map((m) => m.message)
}

describe('the layer map', () => {
  it('rejects an import from a higher layer', async () => {
    const upward = 'src/core/db (layer "db") may not import src/core/analytics from the higher layer "readers"'
    expect(await layerMessages('core/db/reads-analytics.ts')).toEqual([upward, upward])
  })

  it('rejects an import across siblings of one layer', async () => {
    expect(await layerMessages('core/merchants/reads-fx.ts')).toEqual([
      'src/core/merchants and src/core/fx are siblings in layer "domains": neither imports the other'
    ])
  })

  it('keeps Electron out of core and core code out of the window', async () => {
    expect(await layerMessages('core/time/loads-electron.ts')).toEqual([
      'src/core/time may not load electron: core runs without Electron'
    ])
    expect(await layerMessages('renderer/src/loads-core.ts')).toEqual([
      'src/renderer may load only src/shared (and take types from src/core), not src/core/analytics'
    ])
  })

  it('accepts imports of lower layers', async () => {
    expect(await layerMessages('core/reports/reads-below.ts')).toEqual([])
  })
})

describe('src/core', () => {
  const edges = coreImports(ROOT)

  it('finds a cycle when two folders import each other', () => {
    const graph = new Map([
      ['src/core/a', new Set(['src/core/b'])],
      ['src/core/b', new Set(['src/core/c'])],
      ['src/core/c', new Set(['src/core/a'])],
      ['src/core/d', new Set(['src/core/a'])]
    ])
    expect(cycles(graph)).toEqual([['src/core/a', 'src/core/b', 'src/core/c']])
  })

  it('has no cycle between its folders', () => {
    expect(edges.length).toBeGreaterThan(100)
    expect(cycles(unitGraph(edges))).toEqual([])
  })
})

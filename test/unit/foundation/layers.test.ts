import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { TEMPORARY_EDGES } from '../../../eslint/layer-map.js'
import { coreImports, cycles, lasting, staleTemporaryEdges, unitGraph } from '../../../scripts/folder-cycles.mjs'

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

  it('has no cycle between its folders', () => {
    expect(edges.length).toBeGreaterThan(100)
    expect(cycles(unitGraph(lasting(edges)))).toEqual([])
  })

  it('lists as temporary only cube-write edges that still exist', () => {
    const writeFiles = [
      'cubes',
      'fact-runs',
      'fact-stager',
      'maintain',
      'rollup',
      'stage-writer',
      'staging',
      'upserts',
      'packed-cells'
    ]
    const writers = ['import', 'demo', 'fx', 'merchants']
    for (const edge of TEMPORARY_EDGES) {
      expect(writers.map((w) => `src/core/${w}`)).toContain(edge.from)
      expect(writeFiles.map((f) => `src/core/analytics/${f}.ts`)).toContain(edge.to)
    }
    expect(staleTemporaryEdges(edges)).toEqual([])
  })
})

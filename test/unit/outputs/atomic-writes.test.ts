// Every file written for a person replaces the old one whole (temporary file, then rename) or not at all.
import { linkSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { invoke, type Ctx } from '../../../src/core/api'
import { importFile } from '../../../src/core/import/pipeline'
import { exportMerchantsCsv } from '../../../src/core/merchants/csv-export'
import { tempStore } from '../import/helpers'

/**
 * Writes an old file at `target` with a second name (a hard link) beside it. Rewriting the file in place changes
 * what the second name shows; a new file renamed over the target leaves the old contents there.
 */
function oldFileWithLink(dir: string, target: string): () => string {
  writeFileSync(target, 'old contents\n')
  const link = join(dir, 'link-to-old')
  linkSync(target, link)
  return () => readFileSync(link, 'utf8')
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'))

function storeWithRejects(): { ctx: Ctx; dir: string; batchId: number } {
  const { ctx, dir, write } = tempStore()
  const file = write(
    'sales.csv',
    'date,amount,currency,merchant,method\n2018-06-01 10:00,100.00,NOK,Fjord Gaver,card\nnot a date,1,NOK,X,card\n'
  )
  const result = importFile(ctx.db, file, {})
  expect(result.rejected).toBe(1)
  return { ctx, dir, batchId: result.batchId! }
}

describe('atomic export writes', () => {
  it('the merchant export replaces the old file instead of rewriting it in place', () => {
    const { ctx, dir } = storeWithRejects()
    const target = join(dir, 'merchants.csv')
    const old = oldFileWithLink(dir, target)
    expect(exportMerchantsCsv(ctx.db, target)).toEqual({ path: target, rows: 1 })
    expect(readFileSync(target, 'utf8')).toContain('Fjord Gaver')
    expect(old()).toBe('old contents\n')
    expect(leftovers(dir)).toEqual([])
  })

  it('the merchant export into a missing folder is a coded error that writes nothing', () => {
    const { ctx, dir } = storeWithRejects()
    expect(() => exportMerchantsCsv(ctx.db, join(dir, 'missing', 'merchants.csv'))).toThrow(
      expect.objectContaining({ code: 'unwritable_path' })
    )
    expect(leftovers(dir)).toEqual([])
  })

  it('saving rejected lines and import profiles replaces the old files whole', async () => {
    const { ctx, dir, batchId } = storeWithRejects()
    for (const [name, route, input] of [
      ['rejects.csv', 'import.exportRejects', { batchId }],
      ['profiles.json', 'import.profiles.export', {}]
    ] as const) {
      const target = join(dir, name)
      const old = oldFileWithLink(dir, target)
      ctx.host = { ...ctx.host, pickSavePath: async () => target }
      expect(await invoke(ctx, route, input)).toEqual({ ok: true, value: { path: target } })
      expect(readFileSync(target, 'utf8')).not.toBe('old contents\n')
      expect(old()).toBe('old contents\n')
      expect(leftovers(dir)).toEqual([])
      unlinkSync(join(dir, 'link-to-old'))
    }
    ctx.host = { ...ctx.host, pickSavePath: async () => join(dir, 'missing', 'rejects.csv') }
    expect(await invoke(ctx, 'import.exportRejects', { batchId })).toMatchObject({
      ok: false,
      error: { code: 'unwritable_path' }
    })
  })
})

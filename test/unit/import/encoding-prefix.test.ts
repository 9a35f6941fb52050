// Telling UTF-8 from Windows-1252 happens while the window waits for a preview: it reads a bounded prefix of the
// file, however large the file is, and a character cut by that bound is not taken for a bad byte.
import { writeFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { detectFileEncoding, SNIFF_BYTES } from '../../../src/core/import/text/encoding'
import { tempPath } from '../tmp'

const reads = vi.hoisted(() => ({ bytes: 0 }))
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  const readSync = (...args: Parameters<typeof fs.readSync>) => {
    const n = fs.readSync(...args)
    reads.bytes += n
    return n
  }
  return { ...fs, readSync, default: { ...fs, readSync } }
})

const ascii = (bytes: number) => Buffer.alloc(bytes, 'Butikk 12;NOK;120,50\n')

describe('encoding detection', () => {
  beforeEach(() => void (reads.bytes = 0))

  it('reads a bounded prefix of a large file', () => {
    const file = tempPath('big.csv')
    writeFileSync(file, ascii(3 * SNIFF_BYTES))
    expect(detectFileEncoding(file).encoding).toBe('utf-8')
    expect(reads.bytes).toBeLessThanOrEqual(SNIFF_BYTES + (1 << 20))
  })

  it('still finds a Windows-1252 byte inside the prefix, and a UTF-8 character cut by the bound is no such byte', () => {
    const latin = tempPath('latin.csv')
    writeFileSync(latin, Buffer.concat([ascii(SNIFF_BYTES / 2), Buffer.from('Bl\xe5b\xe6r\n', 'latin1'), ascii(SNIFF_BYTES)]))
    expect(detectFileEncoding(latin).encoding).toBe('windows-1252')

    const cut = tempPath('cut.csv')
    writeFileSync(cut, Buffer.concat([ascii(SNIFF_BYTES - 1), Buffer.from('ø', 'utf8'), ascii(1000)]))
    expect(detectFileEncoding(cut).encoding).toBe('utf-8')
  })
})

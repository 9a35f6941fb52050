import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh folder removed after the test; returns a path inside it. */
export function tempPath(name = 'kassa.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-test-'))
  dirs.push(dir)
  return join(dir, name)
}

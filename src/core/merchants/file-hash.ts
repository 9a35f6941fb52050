import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * SHA-256 of files, read as streams so neither a large file's bytes nor the hashing hold the calling thread,
 * remembered per path, size and modification time so an unchanged file is hashed once per run.
 */
const known = new Map<string, { size: number; mtimeMs: number; sha256: string }>()

export async function fileSha256(path: string): Promise<string> {
  const st = await stat(path)
  const hit = known.get(path)
  if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit.sha256
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  const sha256 = hash.digest('hex')
  known.set(path, { size: st.size, mtimeMs: st.mtimeMs, sha256 })
  return sha256
}

/** Copies `source` to `target` while hashing it; refuses (and removes the copy) past `maxBytes`. */
export async function copyHashed(source: string, target: string, maxBytes: number): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > maxBytes) return done(Object.assign(new Error('too large'), { code: 'too_large' }))
      hash.update(chunk)
      done(null, chunk)
    }
  })
  await pipeline(createReadStream(source), counter, createWriteStream(target, { mode: 0o644 }))
  return { sha256: hash.digest('hex'), size }
}

/** Records the hash of a file just written (so its first check reads nothing). */
export async function rememberSha256(path: string, sha256: string): Promise<void> {
  const st = await stat(path)
  known.set(path, { size: st.size, mtimeMs: st.mtimeMs, sha256 })
}

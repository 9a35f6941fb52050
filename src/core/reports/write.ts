import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../api/route'

/** Refuses, before any work, a target whose folder is missing or read-only, or that is a folder. */
export function checkWritable(target: string): void {
  const dir = dirname(target)
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch {
    throw new UserError('unwritable_path', `cannot write ${target}: the folder ${dir} does not exist`)
  }
  if (!isDir) throw new UserError('unwritable_path', `cannot write ${target}: ${dir} is not a folder`)
  try {
    accessSync(dir, constants.W_OK)
  } catch {
    throw new UserError('unwritable_path', `cannot write ${target}: the folder ${dir} is not writable`)
  }
  try {
    if (statSync(target).isDirectory()) throw new UserError('unwritable_path', `cannot write ${target}: it is a folder`)
  } catch (err) {
    if (err instanceof UserError) throw err
  }
}

/** Writes to a temporary file beside the target, then renames it, so a failure never leaves half a file. */
export function writeAtomic(target: string, data: Buffer | string): void {
  checkWritable(target)
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temp, data)
    renameSync(temp, target)
  } catch (err) {
    try {
      unlinkSync(temp)
    } catch {
      // already gone
    }
    throw new UserError('unwritable_path', `cannot write ${target}: ${(err as Error).message}`)
  }
}

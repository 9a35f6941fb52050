import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../errors'

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

/**
 * Every file Kassa writes for a person (reports, merchant export, rejected lines, import profiles) goes through here:
 * written to a temporary file beside the target, flushed to disk, then renamed over it, so a failure or a crash
 * never leaves half a file or a half-overwritten old one.
 */
export function writeAtomic(target: string, data: Buffer | string): void {
  checkWritable(target)
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    const fd = openSync(temp, 'wx')
    try {
      writeFileSync(fd, data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
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

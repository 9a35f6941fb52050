import { UserError } from '../errors'

// Paths the user chose in a native dialog or dropped on the window (handed over by main, never by page script), per
// session (context). A route that reads a file the renderer names accepts only these, so a compromised page cannot
// make core read arbitrary files: the security baseline's "paths only through native dialogs" (docs/decisions.md).
const picked = new WeakMap<object, Set<string>>()

/** Lets the renderer name `path` from now on in this session; returns it. */
export function allow(ctx: object, path: string): string {
  let paths = picked.get(ctx)
  if (!paths) picked.set(ctx, (paths = new Set()))
  paths.add(path)
  return path
}

/** `path` if the user picked or dropped it in this session, else `not_picked` telling them how to choose it. */
export function mustBePicked(ctx: object, path: string, how = 'choose the file again'): string {
  if (!picked.get(ctx)?.has(path)) throw new UserError('not_picked', how)
  return path
}

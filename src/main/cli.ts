// `Kassa --cli <command> …`: the installed app runs the kassa command instead of opening a window.
// (The RunAsNode fuse is off, so the app's binary cannot be used as plain Node for it.)
import { app } from 'electron'

/** The arguments after --cli, or null when the app was started to open its window. */
export function cliArguments(argv: string[]): string[] | null {
  const at = argv.indexOf('--cli')
  return at === -1 ? null : argv.slice(at + 1)
}

/** Runs the command and exits with its code; no window, no single-instance lock, no menu. */
export async function runCli(args: string[]): Promise<void> {
  app.dock?.hide()
  // Reports print PDF in a hidden window, which needs the app ready.
  await app.whenReady()
  const { main } = await import('../cli/index')
  const code = await main(args)
  await new Promise<void>((done) => process.stdout.write('', () => done()))
  app.exit(code)
}

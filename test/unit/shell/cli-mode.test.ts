// `Kassa --cli …`: the installed app runs the kassa command and exits with its code, opening no window.
import { afterEach, describe, expect, it, vi } from 'vitest'

const fake = vi.hoisted(() => ({ exits: [] as number[], ready: 0 }))

vi.mock('electron', () => ({
  app: {
    whenReady: () => Promise.resolve(fake.ready++),
    exit: (code: number) => fake.exits.push(code)
  },
  BrowserWindow: class {}
}))

const { cliArguments, runCli } = await import('../../../src/main/cli')

describe('the app as the kassa command', () => {
  afterEach(() => vi.restoreAllMocks())

  it('takes the arguments after --cli, wherever Electron put the app path', () => {
    expect(cliArguments(['/opt/Kassa/kassa', '--cli', 'stats', '--json'])).toEqual(['stats', '--json'])
    expect(cliArguments(['electron', '.', '--cli', 'backup', '/tmp/b.sqlite'])).toEqual(['backup', '/tmp/b.sqlite'])
    expect(cliArguments(['/opt/Kassa/kassa'])).toBeNull()
    expect(cliArguments(['/opt/Kassa/kassa', '--no-sandbox'])).toBeNull()
  })

  it('runs the command after the app is ready and exits with its code', async () => {
    const out: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, done?: () => void) => {
      out.push(String(chunk))
      done?.()
      return true
    }) as typeof process.stdout.write)
    vi.spyOn(process.stderr, 'write').mockImplementation((() => true) as typeof process.stderr.write)
    await runCli(['--help'])
    await runCli(['no-such-command'])
    expect(fake.ready).toBe(2)
    expect(fake.exits).toEqual([0, 2])
    expect(out.join('')).toMatch(/backup .*\n.*restore /)
  })
})

// The preload bridge and main's IPC handler, with Electron's modules replaced by in-memory fakes.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const fake = vi.hoisted(() => ({
  exposed: {} as Record<string, unknown>,
  rendererListeners: new Map<string, (event: unknown, message: unknown) => void>(),
  sent: [] as unknown[][],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (fake.exposed[key] = api) },
  ipcRenderer: {
    on: (channel: string, cb: (event: unknown, message: unknown) => void) => fake.rendererListeners.set(channel, cb),
    invoke: async (...args: unknown[]) => {
      fake.sent.push(args)
      return { ok: true, value: 'pong' }
    }
  },
  // In Electron only a File from the user's own drop (or file input) has a path; here a `path` field stands in.
  webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(channel, fn) }
}))

interface Bridge {
  invoke(route: string, input?: unknown): Promise<unknown>
  dropFiles(files: unknown[]): Promise<unknown>
  on(channel: string, cb: (payload: unknown) => void): () => void
}

describe('preload bridge', async () => {
  await import('../../../src/preload/index')
  const kassa = fake.exposed.kassa as Bridge

  it('exposes exactly invoke, dropFiles and on', () => {
    expect(Object.keys(fake.exposed)).toEqual(['kassa'])
    expect(Object.keys(kassa).sort()).toEqual(['dropFiles', 'invoke', 'on'])
  })

  it('sends main only the paths of dropped files, skipping files without one', async () => {
    await kassa.dropFiles([
      { name: 'a.csv', path: '/home/u/a.csv' },
      { name: 'made-in-script.csv' },
      { name: 'b.csv', path: '/home/u/b.csv' }
    ])
    expect(fake.sent.at(-1)).toEqual(['kassa:drop', ['/home/u/a.csv', '/home/u/b.csv']])
  })

  it('sends every call over the one kassa:invoke channel and returns the envelope', async () => {
    await expect(kassa.invoke('stats.summary', { currency: 'NOK' })).resolves.toEqual({ ok: true, value: 'pong' })
    expect(fake.sent.at(-1)).toEqual(['kassa:invoke', 'stats.summary', { currency: 'NOK' }])
  })

  it('delivers events by channel until unsubscribed', () => {
    const got: unknown[] = []
    const off = kassa.on('demo:progress', (p) => got.push(p))
    const deliver = fake.rendererListeners.get('kassa:event')!
    deliver({}, { channel: 'demo:progress', payload: { rows: 10, total: 100 } })
    deliver({}, { channel: 'import:progress', payload: { rows: 1 } })
    off()
    deliver({}, { channel: 'demo:progress', payload: { rows: 20, total: 100 } })
    expect(got).toEqual([{ rows: 10, total: 100 }])
  })
})

describe('main IPC handler', async () => {
  const { registerDrop, registerIpc } = await import('../../../src/main/ipc')
  const { createContext } = await import('../../../src/core/context')
  const dir = mkdtempSync(join(tmpdir(), 'kassa-ipc-'))
  const ctx = createContext({ dbPath: join(dir, 'kassa.sqlite') })
  const page = 'file:///app/out/renderer/index.html'
  registerIpc(
    () => ctx,
    (url) => url.split('#')[0] === page
  )
  const handler = fake.handlers.get('kassa:invoke')!
  const dropped: string[][] = []
  registerDrop(
    (paths) => dropped.push(paths),
    (url) => url.split('#')[0] === page
  )
  const dropHandler = fake.handlers.get('kassa:drop')!
  const from = (url: string) => ({ senderFrame: { url } })

  beforeEach(() => {
    expect(handler).toBeTypeOf('function')
  })

  afterAll(() => {
    ctx.db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers our own page from core', async () => {
    const result = await handler(from(`${page}#/settings`), 'settings.get', {})
    expect(result).toEqual({ ok: true, value: { locale: 'en', currency: 'NOK' } })
  })

  it('refuses any other frame without running the route', async () => {
    const result = await handler(from('https://example.com/'), 'settings.save', { locale: 'nb' })
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } })
    expect(await handler(from(page), 'settings.get', {})).toMatchObject({ value: { locale: 'en' } })
  })

  it('returns invalid input and unknown routes as {code, message} with no stack', async () => {
    const bad = (await handler(from(page), 'settings.save', { currency: 'XYZ' })) as { ok: false; error: Record<string, string> }
    expect(bad.ok).toBe(false)
    expect(bad.error.code).toBe('invalid_input')
    expect(Object.keys(bad.error).sort()).toEqual(['code', 'message'])
    expect(await handler(from(page), 'no.such.route', {})).toMatchObject({ ok: false, error: { code: 'unknown_route' } })
    expect(await handler(from(page), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_route' } })
  })

  it('keeps a drop from our own page (absolute paths only) and ignores other frames', async () => {
    expect(await dropHandler(from(`${page}#/import`), ['/home/u/a.csv', 'relative.csv', 42, '', '/home/u/b.csv'])).toBe(2)
    expect(await dropHandler(from('https://example.com/'), ['/etc/passwd'])).toBe(0)
    expect(await dropHandler(from(page), 'not a list')).toBe(0)
    expect(dropped).toEqual([['/home/u/a.csv', '/home/u/b.csv'], []])
  })
})

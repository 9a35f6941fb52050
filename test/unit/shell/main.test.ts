// Electron's main process cannot start on this machine, so its wiring is checked against a fake Electron:
// window security options, what is loaded, navigation and window.open refused, one IPC handler.
import { describe, expect, it, vi } from 'vitest'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

type Handler = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  // A packaged app must not load what its environment names.
  process.env.ELECTRON_RENDERER_URL = 'https://attacker.example/'
  const appHandlers = new Map<string, Handler>()
  const state = {
    appHandlers,
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    ipc: new Map<string, Handler>(),
    paths: new Map<string, string>([['appData', '/home/user/.config']]),
    menu: null as unknown,
    privileged: [] as unknown[],
    schemes: new Map<string, Handler>(),
    permissionRequest: null as Handler | null,
    permissionCheck: null as Handler | null
  }
  return state
})

vi.mock('electron', () => {
  class BrowserWindow {
    record: { options: Record<string, unknown>; loaded: string[] }
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] }
      fake.windows.push(this.record)
    }
    static getAllWindows = () => fake.windows
    on() {}
    show() {}
    loadFile(file: string) {
      this.record.loaded.push(file)
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.record.loaded.push(url)
      return Promise.resolve()
    }
  }
  return {
    app: {
      isPackaged: true,
      setName: vi.fn(),
      setPath: (name: string, path: string) => fake.paths.set(name, path),
      getPath: (name: string) => fake.paths.get(name) ?? `/fake/${name}`,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (event: string, cb: Handler) => fake.appHandlers.set(event, cb),
      quit: vi.fn()
    },
    BrowserWindow,
    webContents: { getAllWebContents: () => [] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (fake.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Handler) => (fake.permissionCheck = fn)
      }
    },
    ipcMain: { handle: (channel: string, fn: Handler) => fake.ipc.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
      handle: (scheme: string, fn: Handler) => fake.schemes.set(scheme, fn)
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.menu = m) },
    dialog: {},
    shell: {}
  }
})

describe('Electron main wiring', async () => {
  await import('../../../src/main/index')
  await new Promise((done) => setTimeout(done, 0))
  const rendererHtml = resolve('src/renderer/index.html')
  const appPage = 'app://kassa/index.html'

  it('opens one window with the security options and the bundled page from app://, not the environment', () => {
    expect(fake.windows).toHaveLength(1)
    const { options, loaded } = fake.windows[0]
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false
    })
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(loaded).toEqual([appPage])
  })

  it('serves app:// as a privileged standard scheme from the built renderer folder', async () => {
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    const serve = fake.schemes.get('app')!
    const page = (await serve(new Request(appPage))) as Response
    // From source, src/main serves src/renderer (packaged: out/main serves out/renderer).
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Kassa</title>')
    expect(((await serve(new Request('app://kassa/../main/index.js'))) as Response).status).not.toBe(200)
  })

  it('has no reload or DevTools in the packaged menu', () => {
    const roles = JSON.stringify(fake.menu)
    expect(roles).not.toMatch(/reload|toggleDevTools/i)
    expect(roles).toMatch(/zoomIn/)
  })

  it('keeps the store where the kassa command looks for it', () => {
    expect(fake.paths.get('userData')).toBe(join('/home/user/.config', 'Kassa'))
  })

  it('registers only the route entry point and the file-drop hand-off, and a menu', () => {
    expect([...fake.ipc.keys()].sort()).toEqual(['kassa:drop', 'kassa:invoke'])
    expect(fake.menu).toBeTruthy()
  })

  it('refuses navigation away from our page, new windows and webviews', () => {
    const listeners = new Map<string, Handler>()
    let openHandler: Handler = () => ({ action: 'allow' })
    const contents = {
      on: (event: string, cb: Handler) => listeners.set(event, cb),
      setWindowOpenHandler: (fn: Handler) => (openHandler = fn)
    }
    fake.appHandlers.get('web-contents-created')!({}, contents)

    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() }
      listeners.get('will-navigate')!(event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate(`${pathToFileURL(rendererHtml).href}#/settings`)).toBe(true)
    expect(navigate(`${appPage}#/settings`)).toBe(false)

    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    const webview = { preventDefault: vi.fn() }
    listeners.get('will-attach-webview')!(webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('refuses every permission request and check', () => {
    const answers: boolean[] = []
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'])
      fake.permissionRequest!({}, permission, (granted: boolean) => answers.push(granted))
    expect(answers).toEqual([false, false, false, false])
    expect(fake.permissionCheck!({}, 'media')).toBe(false)
  })

  it('answers IPC only from our page', async () => {
    const handler = fake.ipc.get('kassa:invoke')!
    const foreign = await handler({ senderFrame: { url: 'https://example.com/' } }, 'app.status', {})
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})

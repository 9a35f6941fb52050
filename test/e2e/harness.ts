// Browser-test harness: the built renderer (out/renderer, from `npm run build`) in Debian's Chromium, with
// `window.kassa` bound to core's real route table over a temporary store — the same contract as the preload.
import { createServer, type Server } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createContext } from '../../src/core/context'
import { invoke, type Ctx, type Host, type RouteInput, type RouteName, type RouteOutput } from '../../src/core/api'

const ROOT = resolve(import.meta.dirname, '../..')
const RENDERER_DIR = join(ROOT, 'out', 'renderer')
export const RESULTS_DIR = join(ROOT, 'test-results')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.mjs.map': 'application/json',
  '.map': 'application/json'
}

/** A tiny static server for out/renderer on 127.0.0.1 (random port); never serves outside that folder. */
async function serveRenderer(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run \`npm run build\` before the browser tests`)
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    // Chromium asks for a favicon on its own; Electron loading a file:// page never does.
    if (path === '/favicon.ico') return void res.writeHead(204).end()
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path))
    if (!file.startsWith(RENDERER_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}` }
}

/**
 * Mirrors src/preload/index.ts: `invoke` resolves to the envelope, `on` returns an unsubscribe function,
 * `dropFiles` tells the harness which files were dropped (Chromium gives them no path; see AppHandle.queueDrop).
 */
function bridgeScript(): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  // globalThis is the page's window here; the harness itself is typed without DOM.
  const w = globalThis as unknown as {
    __kassaInvoke(route: string, input: unknown): Promise<unknown>
    __kassaDrop(names: string[]): Promise<number>
    __kassaEmit(channel: string, payload: unknown): void
    kassa: unknown
  }
  Object.defineProperty(w, '__kassaEmit', {
    value: (channel: string, payload: unknown) => {
      for (const cb of listeners.get(channel) ?? []) cb(payload)
    }
  })
  Object.defineProperty(w, 'kassa', {
    value: Object.freeze({
      invoke: (route: string, input?: unknown) => w.__kassaInvoke(String(route), input),
      dropFiles: async (files: { name: string }[]) => w.__kassaDrop([...files].map((f) => String(f.name))),
      on: (channel: string, cb: (payload: unknown) => void) => {
        if (typeof cb !== 'function') throw new TypeError('kassa.on needs a callback')
        const key = String(channel)
        let set = listeners.get(key)
        if (!set) listeners.set(key, (set = new Set()))
        set.add(cb)
        return () => {
          set.delete(cb)
        }
      }
    })
  })
}

export interface OpenAppOptions {
  /** Fill the store before the page opens (the same call the welcome screen makes). */
  demo?: { transactions: number; seed?: number }
  /** Language and reporting currency saved before the page opens (default: English, NOK). */
  settings?: { locale?: RouteOutput<'settings.get'>['locale']; currency?: 'NOK' | 'DKK' | 'SEK' | 'EUR' | 'USD' | 'CNY' }
  /** The browser's language, as the operating system would set it (default: en-US). */
  systemLocale?: string
  /** Files the fake native open dialog returns, in order (one array per call). */
  pickFiles?: string[][]
  /** Path the fake save dialog returns (null = cancelled). */
  savePath?: string | null
  /** Hash route to open, e.g. '#/merchants'. Default: the app's start page. */
  hash?: string
  viewport?: { width: number; height: number }
}

export interface AppHandle {
  page: Page
  ctx: Ctx
  /** The temporary folder holding the store (removed by close()). */
  dir: string
  /** Every event core emitted, in order. */
  events: { channel: string; payload: unknown }[]
  /** Console errors and uncaught page errors seen so far; close() fails if any. */
  errors: string[]
  /** Paths passed to the fake host's openPath. */
  opened: string[]
  /** Names of the files the page passed to `kassa.dropFiles`, one array per call. */
  drops: string[][]
  /**
   * Paths the next `kassa.dropFiles` call stands for, as main would resolve them in Electron (a synthetic
   * drop in Chromium carries File objects without paths); `import.dropped` then returns them.
   */
  queueDrop(paths: string[]): void
  /** Calls core directly (no browser), returning the value or throwing `code: message`. */
  call<K extends RouteName>(name: K, input: RouteInput<K>): Promise<RouteOutput<K>>
  /** PNG into test-results/<name>.png (full page unless told otherwise); returns its path. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>
  /** Throws if the page logged an error or threw. */
  assertNoErrors(): void
  close(): Promise<void>
}

async function unwrap<K extends RouteName>(ctx: Ctx, name: K, input: RouteInput<K>): Promise<RouteOutput<K>> {
  const result = await invoke(ctx, name, input)
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`)
  return result.value as RouteOutput<K>
}

export async function openApp(options: OpenAppOptions = {}): Promise<AppHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-e2e-'))
  const events: AppHandle['events'] = []
  const errors: string[] = []
  const opened: string[] = []
  const pickQueue = [...(options.pickFiles ?? [])]
  const drops: string[][] = []
  const dropQueue: string[][] = []
  let droppedPaths: string[] = []
  let page: Page | null = null
  let browser: Browser | null = null
  let server: Server | null = null

  const host: Host = {
    pickFiles: async () => pickQueue.shift() ?? [],
    pickSavePath: async () => options.savePath ?? null,
    openPath: async (path) => void opened.push(path),
    takeDroppedFiles: () => {
      const paths = droppedPaths
      droppedPaths = []
      return paths
    }
  }
  const ctx = createContext({
    dbPath: join(dir, 'kassa.sqlite'),
    dataDir: dir,
    host,
    emit: (channel, payload) => {
      events.push({ channel, payload })
      // Delivered like webContents.send: asynchronously, in order; a closed page just misses it.
      page
        ?.evaluate(([c, p]) => (globalThis as unknown as { __kassaEmit(c: string, p: unknown): void }).__kassaEmit(c, p), [
          channel,
          payload
        ] as const)
        .catch(() => {})
    }
  })

  try {
    if (options.demo) await unwrap(ctx, 'demo.load', options.demo)
    if (options.settings) await unwrap(ctx, 'settings.save', { locale: 'en', currency: 'NOK', ...options.settings })
    const served = await serveRenderer()
    server = served.server
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 860 },
      locale: options.systemLocale ?? 'en-US'
    })
    page = await context.newPage()
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
    })
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
    // Like main's IPC sender check: only our own page may reach core.
    await page.exposeBinding('__kassaInvoke', async (source, name: string, input: unknown) => {
      if (new URL(source.frame.url()).origin !== served.origin) {
        return { ok: false, error: { code: 'forbidden', message: 'calls are accepted only from the Kassa window' } }
      }
      return invoke(ctx, name, input)
    })
    // Like main's 'kassa:drop': the dropped files' paths wait in the host until core takes them.
    await page.exposeBinding('__kassaDrop', async (source, names: string[]) => {
      if (new URL(source.frame.url()).origin !== served.origin) return 0
      drops.push(names)
      droppedPaths = dropQueue.shift() ?? []
      return droppedPaths.length
    })
    await page.addInitScript(bridgeScript)
    await page.goto(`${served.origin}/index.html${options.hash ?? ''}`)
    await page.locator('.layout').waitFor()
  } catch (err) {
    await browser?.close().catch(() => {})
    server?.close()
    ctx.db.close()
    rmSync(dir, { recursive: true, force: true })
    if (errors.length && err instanceof Error) err.message += `\nthe page reported:\n${errors.join('\n')}`
    throw err
  }

  const livePage = page
  const handle: AppHandle = {
    page: livePage,
    ctx,
    dir,
    events,
    errors,
    opened,
    drops,
    queueDrop: (paths) => void dropQueue.push([...paths]),
    call: (name, input) => unwrap(ctx, name, input),
    async screenshot(name, { fullPage = true } = {}) {
      mkdirSync(RESULTS_DIR, { recursive: true })
      const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
      const viewport = livePage.viewportSize()
      const height = (await livePage.evaluate('document.documentElement.scrollHeight')) as number
      if (fullPage && viewport && height > viewport.height) {
        // Grow the window instead of stitching, so the fixed sidebar spans the whole picture as it would on a tall screen.
        await livePage.setViewportSize({ width: viewport.width, height })
        // Charts are created as they come into view: let the grown window's draw before the picture.
        await livePage.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
        await livePage.screenshot({ path })
        await livePage.setViewportSize(viewport)
      } else {
        await livePage.screenshot({ path })
      }
      return path
    },
    assertNoErrors() {
      if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
    },
    async close() {
      const seen = [...errors]
      await browser?.close().catch(() => {})
      await new Promise<void>((done) => server?.close(() => done()))
      ctx.db.close()
      rmSync(dir, { recursive: true, force: true })
      if (seen.length) throw new Error(`the page reported errors:\n${seen.join('\n')}`)
    }
  }
  return handle
}

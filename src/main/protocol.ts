// The renderer's files served through the privileged app:// scheme (registered in index.ts): pure
// except for reading files, so it is unit-tested with a fake Request. Only files under `root` are
// served, each with its MIME type and the page's Content-Security-Policy as a header.
import { readFile, stat } from 'node:fs/promises'
import { extname, join, relative, isAbsolute, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'kassa'
export const INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** The same policy as the <meta> in src/renderer/index.html (a test keeps them equal). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'"

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

const refuse = (status: number) => new Response(null, { status, headers: { 'Content-Security-Policy': CSP } })

/** The file under `root` a request names, or null when it names anything outside it. */
export function fileFor(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const file = join(root, path === '/' ? 'index.html' : path)
  const inside = relative(root, file)
  if (!inside || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null
  return file
}

/** The handler for protocol.handle(APP_SCHEME, …): the built renderer in `root`, nothing else. */
export function rendererHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
    const file = fileFor(root, request.url)
    if (!file) return refuse(403)
    try {
      if (!(await stat(file)).isFile()) return refuse(404)
      const body = request.method === 'HEAD' ? null : await readFile(file)
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': CSP,
          'X-Content-Type-Options': 'nosniff'
        }
      })
    } catch {
      return refuse(404)
    }
  }
}

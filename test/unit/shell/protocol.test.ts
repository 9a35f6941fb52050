// The app:// handler that serves the renderer, driven with fake requests (Electron cannot run here).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CSP, INDEX_URL, rendererHandler } from '../../../src/main/protocol'

const base = mkdtempSync(join(tmpdir(), 'kassa-protocol-'))
const root = join(base, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kassa</title>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>')
writeFileSync(join(root, 'assets', 'font.woff2'), 'w')
writeFileSync(join(base, 'kassa.sqlite'), 'the store, outside the renderer folder')
afterAll(() => rmSync(base, { recursive: true, force: true }))

const handle = rendererHandler(root)
const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

describe('app:// renderer protocol', () => {
  it('serves the page and its assets with their MIME types and the CSP header', async () => {
    const page = await get(INDEX_URL)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CSP)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Kassa</title>')

    const types: [string, string][] = [
      ['app://kassa/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://kassa/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://kassa/assets/logo.svg', 'image/svg+xml'],
      ['app://kassa/assets/font.woff2', 'font/woff2'],
      ['app://kassa/', 'text/html; charset=utf-8']
    ]
    for (const [url, type] of types) {
      const response = await get(url)
      expect([url, response.status, response.headers.get('content-type')]).toEqual([url, 200, type])
    }
    expect(await (await get('app://kassa/assets/index-abc.js?v=1#x')).text()).toBe('console.log(1)')
  })

  it('refuses every way out of the renderer folder', async () => {
    const attempts = [
      'app://kassa/../kassa.sqlite',
      'app://kassa/%2e%2e/kassa.sqlite',
      'app://kassa/assets/..%2F..%2Fkassa.sqlite',
      'app://kassa/assets/%2e%2e%2f%2e%2e%2fkassa.sqlite',
      'app://kassa/..%5Ckassa.sqlite',
      'app://kassa/%00index.html',
      'app://kassa/%E0%A4%A',
      'app://other-host/index.html',
      'file:///etc/passwd'
    ]
    for (const url of attempts) {
      const response = await get(url)
      expect([url, response.status]).not.toEqual([url, 200])
      expect(await response.text()).not.toContain('the store')
    }
  })

  it('answers a missing file or a folder with 404 and only GET and HEAD are served', async () => {
    expect((await get('app://kassa/assets/missing.js')).status).toBe(404)
    expect((await get('app://kassa/assets')).status).toBe(404)
    expect((await get(INDEX_URL, 'POST')).status).toBe(405)
    const head = await get(INDEX_URL, 'HEAD')
    expect([head.status, await head.text()]).toEqual([200, ''])
  })

  it('sends the same policy as the page declares in its <meta>', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CSP)
  })
})

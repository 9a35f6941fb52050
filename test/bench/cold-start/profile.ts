// `tsx test/bench/cold-start/profile.ts <answers.json> [renderer dir]`: one cold load of the built renderer under
// Chromium's sampling profiler, self time summed per source file (through the bundle's source map when there is one:
// build with `electron-vite build --sourcemap --outDir <dir>`), per function and along the load. answers.json:
// [[route, answer], ...] as main answered them. PROFILE_OUT=<file> keeps the profile (.cpuprofile); with TRACE=<file>
// a Chromium trace of the same load is written there too (open either in Chrome's DevTools).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { SourceMapConsumer } from 'source-map-js'
import { serveRenderer } from './serve'

const answers = JSON.parse(readFileSync(process.argv[2], 'utf8')) as [string, unknown][]
const rendererDir = resolve(process.argv[3] ?? 'out/renderer')
interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}

const { url: pageUrl, server } = await serveRenderer(rendererDir)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
})
const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' })).newPage()
await page.addInitScript(`{
  const table = new Map(${JSON.stringify(answers)})
  window.kassa = Object.freeze({
    invoke: async (route) => table.get(route) ?? { ok: false, error: { code: 'unknown_route', message: route } },
    on: () => () => {},
    dropFiles: async () => 0
  })
}`)
const tracing = process.env.TRACE
if (tracing)
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink', 'v8', 'disabled-by-default-devtools.timeline', 'fonts', 'loading']
  })
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
await page.goto(pageUrl)
const paint = await page.evaluate(`new Promise((done) => {
  const check = () => {
    const kpi = document.querySelector('[data-testid="kpi-alipay-average"]')
    if (kpi && kpi.textContent.trim()) requestAnimationFrame(() => done(performance.now()))
    else requestAnimationFrame(check)
  }
  check()
})`)
const timing = await page.evaluate(`JSON.stringify({
  nav: performance.getEntriesByType('navigation').map((e) => ({ start: e.startTime, responseEnd: e.responseEnd, interactive: e.domInteractive, loaded: e.domContentLoadedEventEnd })),
  res: performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(/.*\\//, ''), start: e.startTime, end: e.responseEnd })),
  paints: performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])
})`)
console.log(timing)
console.log(
  await page.evaluate(`JSON.stringify({
  all: document.querySelectorAll('*').length,
  details: [...document.querySelectorAll('details')].map((d) => d.querySelectorAll('*').length),
  canvases: document.querySelectorAll('canvas').length,
  canvasTops: [...document.querySelectorAll('canvas')].map((c) => Math.round(c.getBoundingClientRect().top)),
  kpiTop: Math.round(document.querySelector('[data-testid="kpi-alipay-average"]').getBoundingClientRect().top),
  top: [...document.querySelectorAll('[data-testid]')].map((e) => [e.dataset.testid, e.querySelectorAll('*').length]).filter((x) => x[1] > 50)
})`)
)
const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
  profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number }
}
if (tracing) writeFileSync(tracing, await browser.stopTracing())
await browser.close()
server.close()
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile))

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const selfUs = new Map<number, number>()
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)))

const maps = new Map<string, SourceMapConsumer | null>()
function mapOf(url: string): SourceMapConsumer | null {
  if (!maps.has(url)) {
    const file = join(rendererDir, new URL(url).pathname + '.map')
    maps.set(url, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null)
  }
  return maps.get(url) ?? null
}
function place(node: Node): { file: string; fn: string } {
  const { url, functionName, lineNumber, columnNumber } = node.callFrame
  if (!url.startsWith('http')) return { file: functionName || '(native)', fn: functionName || '(anonymous)' }
  const map = mapOf(url)
  if (!map) return { file: url.replace(/.*\//, ''), fn: `${functionName || '(anonymous)'}:${lineNumber}:${columnNumber}` }
  const at = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber })
  const file = (at.source ?? '?').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')
  return { file, fn: `${at.name ?? functionName ?? '(anonymous)'} ${file}:${at.line}` }
}

const files = new Map<string, number>()
const fns = new Map<string, number>()
let total = 0
for (const [id, us] of selfUs) {
  const at = place(byId.get(id)!)
  files.set(at.file, (files.get(at.file) ?? 0) + us)
  fns.set(at.fn, (fns.get(at.fn) ?? 0) + us)
  total += us
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n')
console.log(`paint at ${Math.round(paint as number)} ms; sampled ${(total / 1000).toFixed(0)} ms`)
console.log('--- by file\n' + top(files, 40))
console.log('--- by function\n' + top(fns, 40))

// Where the time goes along the load: per 50 ms of the profile, idle / program / GC / the three biggest files.
const buckets = new Map<number, Map<string, number>>()
let t = 0
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i] ?? 0
  const b = Math.floor(t / 50_000)
  const file = place(byId.get(id)!).file
  const m = buckets.get(b) ?? new Map<string, number>()
  m.set(file, (m.get(file) ?? 0) + (profile.timeDeltas[i + 1] ?? 0))
  buckets.set(b, m)
})
console.log('--- timeline (ms from profiler start)')
for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) {
  const parts = [...m].sort((x, y) => y[1] - x[1]).slice(0, 4)
  console.log(
    `${String(b * 50).padStart(5)}: ${parts.map(([f, us]) => `${f.replace(/\/dist\/.*/, '')} ${(us / 1000).toFixed(0)}`).join(', ')}`
  )
}

import { chromium } from 'playwright-core'
import { serveRenderer } from './serve'

/**
 * One cold load of the built renderer in Debian's Chromium, `window.kassa` answering each route at once from
 * `answers` (main's own answers to the same calls): milliseconds from navigation start to the first call, and to
 * the first KPI painted (the frame after it holds its figure), and to the KPI shown as the browser itself reports it
 * (Element Timing on the KPI's figure: the presentation of the frame that first held it; work queued between that
 * frame and the next, such as the first chart's creation, is not in it); the browser's launch is timed apart. Also the
 * renderer's CPU time by then (Chromium's own count: its main thread, and the whole process with the script compiler's
 * threads), which the machine's other jobs sway far less than the wall clock.
 */
export async function firstPaint(
  rendererDir: string,
  answers: Map<string, unknown>
): Promise<{
  launch: number
  firstCall: number
  paint: number
  shown: number
  mainThreadCpu: number
  processCpu: number
  /** Routes the window called by then but the warm-up's, which it asks for after painting. */
  routes: string[]
  /** When the window asked core to start the idle warm-up (after the paint), NaN if it did not by then. */
  warmup: number
}> {
  const { url, server } = await serveRenderer(rendererDir)
  const started = performance.now()
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
  })
  const launch = performance.now() - started
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' })).newPage()
    // Strings, not functions, for the page: tsx wraps named functions in a helper the page does not have.
    await page.addInitScript(`{
      const table = new Map(${JSON.stringify([...answers])})
      window.__kassaCalls = []
      window.__kpiShown = -1
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.identifier === 'kpi' && window.__kpiShown < 0) window.__kpiShown = e.renderTime
      }).observe({ type: 'element', buffered: true })
      window.kassa = Object.freeze({
        invoke: async (route) => {
          window.__kassaCalls.push({ route, at: performance.now() })
          return table.get(route) ?? { ok: false, error: { code: 'unknown_route', message: route } }
        },
        on: () => () => {},
        dropFiles: async () => 0
      })
    }`)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
    await page.goto(url)
    const paint = (await page.evaluate(`new Promise((done) => {
      const check = () => {
        const kpi = document.querySelector('[data-testid="kpi-alipay-average"]')
        if (kpi && kpi.textContent.trim()) requestAnimationFrame(() => done(performance.now()))
        else requestAnimationFrame(check)
      }
      check()
      setTimeout(() => done(-1), 30000)
    })`)) as number
    const { metrics } = await cdp.send('Performance.getMetrics')
    // The browser reports the frame that showed the KPI's figure once it is presented, which can be after the frame
    // the rAF above waits for.
    const shown = (await page.evaluate(`new Promise((done) => {
      const check = () => (window.__kpiShown >= 0 ? done(window.__kpiShown) : setTimeout(check, 10))
      check()
      setTimeout(() => done(NaN), 5000)
    })`)) as number
    const metric = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN)
    const calls = (await page.evaluate('window.__kassaCalls')) as { route: string; at: number }[]
    if (paint < 0) {
      const shown = await page.evaluate('document.body.innerText.slice(0, 300)')
      throw new Error(`no KPI painted in 30 s; calls ${JSON.stringify(calls)}; page: ${shown}`)
    }
    return {
      launch,
      firstCall: calls[0]?.at ?? NaN,
      paint,
      shown,
      mainThreadCpu: metric('ThreadTime'),
      processCpu: metric('ProcessTime'),
      routes: calls.filter((c) => c.route !== 'analytics.warmup').map((c) => c.route),
      warmup: calls.find((c) => c.route === 'analytics.warmup')?.at ?? NaN
    }
  } finally {
    await browser.close()
    server.close()
  }
}

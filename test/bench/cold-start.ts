import { spawnSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { store } from './dashboard'
import { firstPaint } from './cold-start/renderer'

/**
 * `npm run bench -- cold-start` (after `npm run build`): process start → first dashboard paint on the dashboard bench's
 * store (BENCH_DASHBOARD_ROWS, default 5,000,000). Electron cannot run here, so the parts are timed one by one,
 * BENCH_COLD_RUNS times each (default 3), and their sum is the estimate:
 * - main: the built out/main/index.js started under Node with Electron stubbed (cold-start/electron-stub.mjs, found
 *   as the package `electron` in out/node_modules for the run: a module hook would add a loader thread and a round
 *   trip to it per import, which Electron's own start does not have), from process start to app.whenReady (module
 *   load), then the renderer's first calls through main's own IPC handler — the first opens the store (open +
 *   migration check);
 * - renderer: the built out/renderer in Debian's Chromium (playwright-core), window.kassa answering those calls from
 *   main's answers at once, from navigation to the first KPI painted.
 * Chromium's own launch and Electron's start before `ready` are not in the sum (printed apart: the browser launch).
 * BENCH_COLD_ANSWERS=<file> keeps main's answers for cold-start/ab.ts and cold-start/profile.ts.
 */
const ROOT = resolve(import.meta.dirname, '../..')
/** The calls the window makes before its first dashboard paint (settings, app store, dashboard, its filter lists). */
const FIRST_CALLS: [string, unknown][] = [
  ['settings.get', { system: ['en-US'] }],
  ['app.state', {}],
  ['analytics.dashboard', { preset: 'all', currency: 'NOK', granularity: 'auto' }],
  ['analytics.views.list', {}],
  ['merchants.list', {}]
]

interface MainRun {
  marks: { mainLoaded: number; mainLoadedCpu: number; windowLoading: number }
  calls: { route: string; input: unknown; started: number; ms: number; answer: { ok: boolean } }[]
  done: number
  doneCpu: number
}

export async function run(): Promise<string> {
  const main = join(ROOT, 'out/main/index.js')
  if (!existsSync(main)) throw new Error('out/main/index.js is missing: run `npm run build` first')
  const rows = Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000)
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 3)
  const appData = storeAsAppData(rows)

  const mains: MainRun[] = []
  const shim = stubElectron()
  try {
    for (let i = 0; i < runs; i++) mains.push(startMain(main, appData))
  } finally {
    // out/ is what the app is packaged from: leave nothing of the stub there.
    rmSync(shim, { recursive: true, force: true })
    if (readdirSync(dirname(shim)).length === 0) rmdirSync(dirname(shim))
  }
  const answers = new Map(mains[0].calls.map((c) => [c.route, c.answer]))
  const failed = mains[0].calls.find((c) => !c.answer.ok)
  if (failed) throw new Error(`${failed.route} failed: ${JSON.stringify(failed.answer)}`)
  // For cold-start/ab.ts and cold-start/profile.ts, which load the renderer alone.
  if (process.env.BENCH_COLD_ANSWERS) writeFileSync(process.env.BENCH_COLD_ANSWERS, JSON.stringify([...answers]))
  const paints = []
  for (let i = 0; i < runs; i++) paints.push(await firstPaint(join(ROOT, 'out/renderer'), answers))
  rmSync(appData, { recursive: true, force: true })

  const asked = [...new Set(paints.flatMap((p) => p.routes))].filter((r) => !answers.has(r))
  if (asked.length) throw new Error(`the window also asked ${asked.join(', ')} before its first paint: add it to FIRST_CALLS`)
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const call = (route: string) => median(mains.map((m) => m.calls.find((c) => c.route === route)?.ms ?? 0))
  const load = median(mains.map((m) => m.marks.mainLoaded))
  const calls = median(mains.map((m) => m.done - m.marks.windowLoading))
  const loadCpu = median(mains.map((m) => m.marks.mainLoadedCpu))
  const callsCpu = median(mains.map((m) => m.doneCpu - m.marks.mainLoadedCpu))
  const renderer = median(paints.map((p) => p.paint))
  const total = load + calls + renderer
  const ms = (x: number) => `${Math.round(x)} ms`
  return (
    `cold start: ${ms(total)} estimated (median of ${runs}; goal 1500 ms) = main module load ${ms(load)} (process CPU ${ms(loadCpu)}) + first calls ${ms(calls)} ` +
    `(process CPU ${ms(callsCpu)}; ${FIRST_CALLS.map(([r]) => `${r} ${ms(call(r))}`).join(', ')}) + renderer to first KPI paint ${ms(renderer)} ` +
    `(KPI shown, by the browser's element timing: ${ms(median(paints.map((p) => p.shown)))}; ` +
    `first call at ${ms(median(paints.map((p) => p.firstCall)))}; renderer CPU by then: main thread ` +
    `${ms(median(paints.map((p) => p.mainThreadCpu)))}, process ${ms(median(paints.map((p) => p.processCpu)))}; ` +
    `the window asks for the idle warm-up at ${ms(median(paints.map((p) => p.warmup)))}); ` +
    `Chromium launch ${ms(median(paints.map((p) => p.launch)))}, not counted`
  )
}

/** A folder standing for Electron's appData: Kassa/kassa.sqlite is a hard link to the dashboard bench's store. */
function storeAsAppData(rows: number): string {
  const db = store(rows) // builds the store if missing, and migrates it with this build
  const file = db.name
  db.close()
  const dir = join(tmpdir(), `kassa-bench-cold-start-${process.pid}`)
  mkdirSync(join(dir, 'Kassa'), { recursive: true })
  linkSync(file, join(dir, 'Kassa', 'kassa.sqlite'))
  return dir
}

/** out/node_modules/electron, re-exporting the stub, which main's `import ... from "electron"` finds first: its folder. */
function stubElectron(): string {
  const pkg = join(ROOT, 'out/node_modules/electron')
  mkdirSync(pkg, { recursive: true })
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', type: 'module', main: 'index.js' }))
  const stub = pathToFileURL(join(ROOT, 'test/bench/cold-start/electron-stub.mjs')).href
  writeFileSync(join(pkg, 'index.js'), `export * from ${JSON.stringify(stub)}\n`)
  return pkg
}

function startMain(main: string, appData: string): MainRun {
  const out = join(appData, 'main-run.json')
  const child = spawnSync(process.execPath, [main], {
    env: {
      ...process.env,
      KASSA_BENCH_APPDATA: appData,
      KASSA_BENCH_OUT: out,
      KASSA_BENCH_CALLS: JSON.stringify(FIRST_CALLS)
    },
    encoding: 'utf8'
  })
  if (child.status !== 0) throw new Error(`main exited with ${child.status}: ${child.stderr}`)
  return JSON.parse(readFileSync(out, 'utf8')) as MainRun
}

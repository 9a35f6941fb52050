// Electron's main-process API as far as out/main/index.js touches it at start, for timing that bundle under Node
// (Electron itself cannot run on the build machines). When main loads its window, this calls the IPC handler main
// registered with the renderer's first calls (KASSA_BENCH_CALLS), writes the timings and answers to
// KASSA_BENCH_OUT and exits. Times are performance.now(): milliseconds since this process started.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const appData = process.env.KASSA_BENCH_APPDATA ?? '.'
const paths = new Map([['appData', appData]])
const handlers = new Map()
const marks = {}

export const app = {
  isPackaged: true,
  setName() {},
  setPath: (name, path) => paths.set(name, path),
  getPath: (name) => paths.get(name) ?? join(appData, name),
  requestSingleInstanceLock: () => true,
  whenReady() {
    marks.mainLoaded ??= performance.now()
    marks.mainLoadedCpu ??= cpuMs()
    return Promise.resolve()
  },
  on() {},
  quit() {},
  exit: (code) => process.exit(code)
}

export class BrowserWindow {
  static getAllWindows = () => []
  on() {}
  show() {}
  loadURL(url) {
    marks.windowLoading = performance.now()
    setImmediate(() => firstCalls(url))
    return Promise.resolve()
  }
}

export const ipcMain = { handle: (channel, fn) => handlers.set(channel, fn) }
export const protocol = { registerSchemesAsPrivileged() {}, handle() {} }
export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } }
export const webContents = { getAllWebContents: () => [] }
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu() {} }
export const dialog = {}
// The team keychain is only asked when a sync runs, never at start.
export const safeStorage = { isEncryptionAvailable: () => false }
export const shell = {}

/** CPU time of the whole process so far (every thread, the module-hooks thread included): what the load sways least. */
function cpuMs() {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The renderer's first calls, in its order, through main's own IPC handler (which opens the store on the first). */
async function firstCalls(url) {
  const invoke = handlers.get('kassa:invoke')
  const calls = []
  for (const [route, input] of JSON.parse(process.env.KASSA_BENCH_CALLS ?? '[]')) {
    const started = performance.now()
    const answer = await invoke({ senderFrame: { url } }, route, input)
    calls.push({ route, input, started, ms: performance.now() - started, answer })
  }
  writeFileSync(process.env.KASSA_BENCH_OUT, JSON.stringify({ marks, calls, done: performance.now(), doneCpu: cpuMs() }))
  process.exit(0)
}

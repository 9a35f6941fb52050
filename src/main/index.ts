// Electron main: one window, the store, IPC wiring. All application logic lives in src/core.
import { app, BrowserWindow, protocol, session, webContents } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContext } from '../core/context'
import type { Ctx } from '../core/api'
import { cliArguments, runCli } from './cli'
import { APP_BUSY_TIMEOUT_MS } from '../core/db/store-errors'
import { electronHost } from './dialogs'
import { emitTo, registerDrop, registerIpc } from './ipc'
import { installMenu } from './menu'
import { electronKeychain } from './keychain'
import { APP_SCHEME, INDEX_URL, rendererHandler } from './protocol'
import { ownPageCheck } from './sender'
import './pdf'

app.setName('Kassa')
// userData follows the product name; pin it so the `kassa` CLI (core/context.ts defaultDataDir) finds the same store.
app.setPath('userData', join(app.getPath('appData'), 'Kassa'))

const here = fileURLToPath(new URL('.', import.meta.url))
// A packaged app never loads a URL from its environment.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

let mainWindow: BrowserWindow | null = null
let ctx: Ctx | null = null

const isOwnPage = ownPageCheck(INDEX_URL, devServerUrl)
const host = Object.assign(
  electronHost(() => mainWindow),
  { keychain: electronKeychain(() => app.getPath('userData')) }
)

function getCtx(): Ctx {
  ctx ??= createContext({
    dbPath: join(app.getPath('userData'), 'kassa.sqlite'),
    dataDir: app.getPath('userData'),
    busyTimeoutMs: APP_BUSY_TIMEOUT_MS,
    host,
    emit: emitTo(() => webContents.getAllWebContents().filter((wc) => isOwnPage(wc.getURL())))
  })
  return ctx
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kassa',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: !app.isPackaged
    }
  })
  mainWindow = win
  win.on('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  void win.loadURL(devServerUrl ?? INDEX_URL)
}

function startApp(): void {
  // The renderer is served from app://kassa/, a standard secure origin, instead of file://.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])

  // Applies to every web contents ever created: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  // One window on one store: a second launch focuses the running app instead of opening the database twice.
  if (!app.requestSingleInstanceLock()) app.quit()
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, rendererHandler(join(here, '../renderer')))
    // Kassa needs no camera, microphone, notifications, geolocation or the like: refuse every request.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    installMenu()
    registerIpc(getCtx, isOwnPage)
    registerDrop((paths) => host.setDroppedFiles(paths), isOwnPage)
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('will-quit', () => {
    ctx?.db.close()
    ctx = null
  })
}

const cliArgs = cliArguments(process.argv)
if (cliArgs) void runCli(cliArgs)
else startApp()

// PDF = the report's HTML printed by a browser engine (A4 and page numbers come from the HTML's
// @page rules). In the app, main registers Electron's printToPDF; elsewhere (CLI, tests) the Electron
// runtime is used when its binary is installed, else a system Chromium, else a clear error.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { UserError } from '../errors'

export type PdfPrinter = (html: string) => Promise<Buffer>

let registered: PdfPrinter | null = null

/** The desktop app registers Electron's printer here at startup (src/main/pdf.ts). */
export function registerPdfPrinter(printer: PdfPrinter | null): void {
  registered = printer
}

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pdf-header-footer'
]

/** $KASSA_CHROMIUM, /usr/bin/chromium, then chromium / google-chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.KASSA_CHROMIUM, '/usr/bin/chromium']
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of CHROMIUM_NAMES) candidates.push(join(dir, name))
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null
}

/** The Electron binary installed with the app's dependencies, without triggering its download. */
export function findElectron(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('electron/package.json')
    const pathFile = join(dirname(pkg), 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(dirname(pkg), 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '' } })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}

const electronScript = () => join(dirname(fileURLToPath(import.meta.url)), 'electron-print.cjs')

async function printWith(engine: 'electron' | 'chromium', binary: string, html: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-pdf-'))
  try {
    const input = join(dir, 'report.html')
    const output = join(dir, 'report.pdf')
    writeFileSync(input, html)
    const args =
      engine === 'electron'
        ? [electronScript(), input, output]
        : [...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${output}`, pathToFileURL(input).href]
    const { code, stderr } = await run(binary, args, 120_000)
    if (code !== 0 || !existsSync(output))
      throw new Error(`${engine} could not print the report (exit ${code}): ${stderr.trim().split('\n').pop() ?? ''}`)
    return readFileSync(output)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface Engines {
  electron: () => string | null
  chromium: () => string | null
}

/** Prints report HTML to PDF bytes with the best engine available. */
export async function printPdf(
  html: string,
  engines: Engines = { electron: findElectron, chromium: () => findChromium() }
): Promise<Buffer> {
  if (registered) return registered(html)
  const electron = engines.electron()
  if (electron) {
    try {
      return await printWith('electron', electron, html)
    } catch {
      // Electron without a display (a headless server) cannot open a window; Chromium still can.
    }
  }
  const chromium = engines.chromium()
  if (chromium) return printWith('chromium', chromium, html)
  throw new UserError(
    'pdf_unavailable',
    'cannot print a PDF: neither the Electron runtime (node_modules/electron) nor a Chromium browser was found ' +
      '(looked for $KASSA_CHROMIUM, /usr/bin/chromium, and chromium or google-chrome on PATH). ' +
      'Install Chromium (e.g. `apt-get install chromium`) or export HTML instead.'
  )
}

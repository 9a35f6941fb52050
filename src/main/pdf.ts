// Electron's printer for reports: the report HTML in a hidden, sandboxed window without
// JavaScript, printed with printToPDF. A4, the running header and "page / pages" come from the
// report's own @page rules (preferCSSPageSize), so the PDF matches the CLI's and the browser's print.
import { BrowserWindow } from 'electron'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registerPdfPrinter } from '../core/reports/pdf'

async function printWithElectron(html: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-pdf-'))
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false }
  })
  try {
    const file = join(dir, 'report.html')
    writeFileSync(file, html)
    await win.loadFile(file)
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
  } finally {
    win.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}

// Registered on import: main/index.ts only needs `import './pdf'`.
registerPdfPrinter(printWithElectron)

/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script the Electron binary runs directly */
// Run by the Electron binary (never imported by core): `electron electron-print.cjs IN.html OUT.pdf`.
// Prints the report in a hidden, sandboxed window; A4 and page numbers come from the HTML's @page rules.
const { app, BrowserWindow } = require('electron')
const { writeFileSync } = require('node:fs')

const [input, output] = process.argv.slice(-2)
app.disableHardwareAcceleration()
app.whenReady().then(async () => {
  try {
    const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } })
    await win.loadFile(input)
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
    writeFileSync(output, pdf)
    app.exit(0)
  } catch (err) {
    process.stderr.write(String(err && err.stack ? err.stack : err) + '\n')
    app.exit(1)
  }
})

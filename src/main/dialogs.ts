// Core's Host implemented with Electron's native dialogs: file paths reach core only through these
// (and through files the user drops on the window, which the preload resolves and ipc.ts hands over).
import { BrowserWindow, dialog, shell } from 'electron'
import type { Host } from '../core/api'
import { opensAsProgram } from '../core/merchants/opens-as-program'

export interface ElectronHost extends Host {
  /** Remembers the paths of the files just dropped on the window, until core takes them. */
  setDroppedFiles(paths: string[]): void
  takeDroppedFiles(): string[]
}

export function electronHost(getWindow: () => BrowserWindow | null): ElectronHost {
  let dropped: string[] = []
  return {
    setDroppedFiles(paths) {
      dropped = paths
    },
    takeDroppedFiles() {
      const paths = dropped
      dropped = []
      return paths
    },
    async pickFiles({ title, filters, multiple }) {
      const win = getWindow()
      const options: Electron.OpenDialogOptions = {
        title,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile']
      }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    async pickSavePath({ title, defaultName }) {
      const win = getWindow()
      const options: Electron.SaveDialogOptions = { title, defaultPath: defaultName }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    /** A file that would run (an .exe, a script, an installer) is shown in its folder instead of opened. */
    async openPath(path) {
      if (opensAsProgram(path)) return shell.showItemInFolder(path)
      const error = await shell.openPath(path)
      if (error) throw new Error(error)
    }
  }
}

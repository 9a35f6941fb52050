// Opening a file from the app hands documents to their viewer but only shows a program in its folder.
import { describe, expect, it, vi } from 'vitest'

const shell = vi.hoisted(() => ({ opened: [] as string[], shown: [] as string[] }))
vi.mock('electron', () => ({
  BrowserWindow: class {},
  dialog: {},
  shell: {
    openPath: async (path: string) => (shell.opened.push(path), ''),
    showItemInFolder: (path: string) => void shell.shown.push(path)
  }
}))

describe("the window's openPath", async () => {
  const { electronHost } = await import('../../../src/main/dialogs')
  const host = electronHost(() => null)

  it('opens a document in its viewer and reveals an executable attachment instead of running it', async () => {
    await host.openPath('/data/documents/1-2-abc-contract.pdf')
    await host.openPath('/data/documents/1-3-def-setup.exe')
    await host.openPath('/data/documents/1-4-0aa-install.sh')
    expect(shell.opened).toEqual(['/data/documents/1-2-abc-contract.pdf'])
    expect(shell.shown).toEqual(['/data/documents/1-3-def-setup.exe', '/data/documents/1-4-0aa-install.sh'])
  })
})

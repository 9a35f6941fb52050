import { basename } from 'node:path'

/**
 * Extensions a desktop runs (or installs, or hands to an interpreter) instead of showing. Opening an attachment
 * with one of these reveals it in its folder; the person decides what to do with it there.
 */
const PROGRAM_EXTENSIONS = new Set(
  (
    'exe com scr pif cpl msi msp mst msc bat cmd ps1 psm1 psd1 ps1xml psc1 vbs vbe js jse mjs cjs wsf wsh ws hta ' +
    'sct shb shs lnk url reg inf ins isp application appref-ms gadget xbap xll jar class ' +
    'sh bash zsh ksh csh fish command tool run bin out elf appimage deb rpm snap flatpakref desktop py pyw pyc pl rb php lua ' +
    'app pkg mpkg dmg scpt applescript workflow action terminal apk'
  ).split(' ')
)

/** True when opening `path` could run it. Windows ignores trailing dots and spaces ("x.exe. " runs as x.exe). */
export function opensAsProgram(path: string): boolean {
  const name = basename(path)
    .replace(/[. ]+$/, '')
    .toLowerCase()
  const dot = name.lastIndexOf('.')
  return dot > 0 && PROGRAM_EXTENSIONS.has(name.slice(dot + 1))
}

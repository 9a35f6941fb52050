// Packaging (npm run dist): electron-builder reads this file. Electron and the native build of
// better-sqlite3 are fetched when a package is built, never at npm install. Build each platform on
// its own OS: better-sqlite3 is rebuilt for the target's Electron and cannot be cross-compiled.
import type { Configuration } from 'electron-builder'
import { afterPack } from './scripts/flip-fuses'

const config: Configuration = {
  appId: 'no.kassa.backoffice',
  productName: 'Kassa',
  copyright: 'Kassa',
  directories: { output: 'dist', buildResources: 'resources' },
  icon: 'resources/icon.png',
  // The built app (electron-vite's out/) and the bundled reference rates; production dependencies are added by electron-builder.
  files: ['out/**/*', 'resources/fx/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // A native module cannot be loaded from inside the asar archive; Electron finds it in app.asar.unpacked.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // Rebuilds better-sqlite3 against the packaged Electron's ABI.
  npmRebuild: true,
  buildDependenciesFromSource: false,
  // `kassa …` launchers for the installed app: resources/bin/kassa (Linux, macOS), kassa.cmd (Windows).
  extraResources: [{ from: 'resources/bin', to: 'bin' }],
  afterPack,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Offline back office for Nordic shops accepting Alipay and cards',
    maintainer: 'Kassa'
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.business', hardenedRuntime: true },
  dmg: {}
}

export default config

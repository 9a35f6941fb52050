// `node test/bench/cold-start/main-child.mjs <out/main/index.js>`: the built main bundle started under Node, Electron
// stubbed (electron-stub.mjs), as one cold start of the app's main process.
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'

register('./hooks.mjs', import.meta.url)
await import(pathToFileURL(process.argv[2]).href)

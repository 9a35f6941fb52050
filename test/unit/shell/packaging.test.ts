// The packaging config as electron-builder loads it (Electron itself cannot be downloaded here):
// targets, the native module unpacked from asar, the CLI launchers, and the fuses the afterPack hook flips.
import { getCurrentFuseWire } from '@electron/fuses'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, matchesGlob } from 'node:path'
import { createRequire } from 'node:module'
import { afterAll, describe, expect, it } from 'vitest'
import config from '../../../electron-builder'
import { packagedBinary, type PackContext } from '../../../scripts/flip-fuses'

const targets = (platform: unknown) => (platform as { target: string[] }).target

describe('packaging (electron-builder)', () => {
  it('is the config electron-builder finds and accepts (its own loader and schema check)', async () => {
    const require = createRequire(import.meta.url)
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js')
    const { DebugLogger } = require('builder-util')
    const loaded = await getConfig(process.cwd(), null, null)
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined()
    expect(loaded.appId).toBe(config.appId)
    expect(loaded.afterPack).toBeTypeOf('function')
  })

  it('names the app and builds AppImage + deb, NSIS and dmg', () => {
    expect(config.appId).toBe('no.kassa.backoffice')
    expect(config.productName).toBe('Kassa')
    expect(targets(config.linux)).toEqual(['AppImage', 'deb'])
    expect(targets(config.win)).toEqual(['nsis'])
    expect(targets(config.mac)).toEqual(['dmg'])
  })

  it('uses a real 512×512 icon from resources/', () => {
    const png = readFileSync(config.icon as string)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
  })

  it('unpacks better-sqlite3’s native module from the asar and rebuilds it for Electron', () => {
    const unpack = config.asarUnpack as string[]
    expect(config.asar).toBe(true)
    expect(unpack.some((glob) => matchesGlob('node_modules/better-sqlite3/build/Release/better_sqlite3.node', glob))).toBe(true)
    expect(unpack.some((glob) => matchesGlob('node_modules/vue/dist/vue.cjs.js', glob))).toBe(false)
    expect(config.npmRebuild).toBe(true)
  })

  it('ships the built app, the reference rates and the kassa launchers', () => {
    const files = config.files as string[]
    expect(files).toEqual(expect.arrayContaining(['out/**/*', 'resources/fx/**/*']))
    expect(config.extraResources).toEqual([{ from: 'resources/bin', to: 'bin' }])
    expect(statSync('resources/bin/kassa').mode & 0o111).not.toBe(0)
    expect(readFileSync('resources/bin/kassa', 'utf8')).toMatch(/--cli "\$@"/)
    expect(readFileSync('resources/bin/kassa.cmd', 'utf8')).toMatch(/Kassa\.exe" --cli %\*/)
  })
})

describe('fuses flipped after packing', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
  const dir = mkdtempSync(join(tmpdir(), 'kassa-fuses-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  // A stand-in for the Electron binary: its fuse wire (version 1, eight fuses) with Electron's defaults.
  const fakeElectron = (file: string) =>
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('11110100'), Buffer.from('…')])
    )

  const context = (platform: string): PackContext => ({
    appOutDir: dir,
    electronPlatformName: platform,
    arch: 1,
    packager: { appInfo: { productFilename: 'Kassa' }, executableName: 'kassa' }
  })

  it('finds the packaged binary on each platform', () => {
    expect(packagedBinary(context('linux'))).toBe(join(dir, 'kassa'))
    expect(packagedBinary(context('win32'))).toBe(join(dir, 'Kassa.exe'))
    expect(packagedBinary(context('darwin'))).toBe(join(dir, 'Kassa.app'))
  })

  it('turns off RunAsNode, NODE_OPTIONS, --inspect and file:// privileges; turns on cookie encryption, asar integrity and asar-only', async () => {
    const binary = join(dir, 'kassa')
    fakeElectron(binary)
    await (config.afterPack as (c: PackContext) => Promise<void>)(context('linux'))
    const wire = await getCurrentFuseWire(binary)
    const state = (i: number) => String.fromCharCode(wire[i as 0] as number)
    expect({
      RunAsNode: state(0),
      EnableCookieEncryption: state(1),
      EnableNodeOptionsEnvironmentVariable: state(2),
      EnableNodeCliInspectArguments: state(3),
      EnableEmbeddedAsarIntegrityValidation: state(4),
      OnlyLoadAppFromAsar: state(5),
      LoadBrowserProcessSpecificV8Snapshot: state(6),
      GrantFileProtocolExtraPrivileges: state(7)
    }).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '0'
    })
  })

  it('fails the build when Electron has a fuse nobody decided on', async () => {
    const binary = join(dir, 'kassa')
    writeFileSync(binary, Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('111101001')]))
    await expect((config.afterPack as (c: PackContext) => Promise<void>)(context('linux'))).rejects.toThrow(
      /strictlyRequireAllFuses/
    )
  })
})

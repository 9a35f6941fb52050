// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, before signing.
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'
import { join } from 'node:path'

/** Every fuse set explicitly (strictlyRequireAllFuses fails the build if Electron adds one we did not decide). */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The app's binary cannot be used as plain Node (ELECTRON_RUN_AS_NODE); the CLI is `Kassa --cli`.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // electron-builder embeds the app.asar hash (Info.plist on macOS, a resource on Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No custom browser snapshot is shipped.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, so file:// needs none of its old privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
} satisfies FuseV1Config

/** The part of electron-builder's AfterPackContext this hook reads. */
export interface PackContext {
  appOutDir: string
  electronPlatformName: string
  /** electron-builder's Arch: 3 is arm64. */
  arch: number
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

/** The packaged Electron binary (or .app bundle) inside `appOutDir`. */
export function packagedBinary(context: PackContext): string {
  const { appOutDir, electronPlatformName: platform, packager } = context
  const name = packager.appInfo.productFilename
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${name}.app`)
  if (platform === 'win32') return join(appOutDir, `${name}.exe`)
  return join(appOutDir, packager.executableName ?? name.toLowerCase())
}

const ARM64 = 3

export async function afterPack(context: PackContext): Promise<void> {
  await flipFuses(packagedBinary(context), {
    ...FUSES,
    // An unsigned arm64 macOS build must be re-signed ad hoc after its binary changed, or it will not start.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64
  })
}

// Which documents may call core over IPC or navigate: only our own page. Pure, so it is unit-tested.

/**
 * Builds the check for a window that loads `indexUrl` (app://kassa/index.html, see protocol.ts)
 * or, in development, the dev server at `devServerUrl`.
 */
export function ownPageCheck(indexUrl: string, devServerUrl?: string): (url: string) => boolean {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (devOrigin && parsed.origin === devOrigin) return true
    // Hash routes (#/dashboard) keep the same document; a query or another file is not ours.
    parsed.hash = ''
    return parsed.href === indexUrl
  }
}

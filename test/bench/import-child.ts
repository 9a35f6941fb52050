// Child process of the import benchmark: one import through the real pipeline, so peak RSS is the import's own.
import { createContext } from '../../src/core/context'
import { importFile } from '../../src/core/import/pipeline'

const [file, dbPath] = process.argv.slice(2)
const ctx = createContext({ dbPath })
let peak = process.memoryUsage().rss
const started = performance.now()
const cpu = process.cpuUsage()
const result = importFile(ctx.db, file, {
  onProgress: () => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }
})
const ms = performance.now() - started
const used = process.cpuUsage(cpu)
const cpuMs = (used.user + used.system) / 1000
ctx.db.close()
const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024)
process.stdout.write(
  JSON.stringify({ ms, cpuMs, rows: result.rows, imported: result.imported, rejected: result.rejected, maxRss }) + '\n'
)

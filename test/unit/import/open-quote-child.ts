// Child process of the open-quote test: one import through the real pipeline, so its peak RSS is the import's own.
import { createContext } from '../../../src/core/context'
import { importFile } from '../../../src/core/import/pipeline'

const [file, dbPath] = process.argv.slice(2)
const ctx = createContext({ dbPath })
const result = importFile(ctx.db, file)
ctx.db.close()
process.stdout.write(JSON.stringify({ ...result, maxRss: process.resourceUsage().maxRSS * 1024 }) + '\n')

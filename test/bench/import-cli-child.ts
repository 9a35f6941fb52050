// Child process of the import benchmark: `kassa import FILE --db STORE --json` as bin/kassa.mjs runs it, for the
// time and peak RSS of the command a user runs.
import { main } from '../../src/cli/index'

const [file, dbPath] = process.argv.slice(2)
const started = performance.now()
const out: string[] = []
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = ((chunk: string) => out.push(chunk) > 0) as typeof process.stdout.write
const code = await main(['import', file, '--db', dbPath, '--json'])
const ms = performance.now() - started
process.stdout.write = write
if (code !== 0) throw new Error(`kassa import exited with ${code}: ${out.join('')}`)
const { files } = JSON.parse(out.join('')) as { files: { imported: number }[] }
write(JSON.stringify({ ms, imported: files[0].imported, maxRss: process.resourceUsage().maxRSS * 1024 }) + '\n')

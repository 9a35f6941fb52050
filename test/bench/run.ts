export {}

// `npm run bench [-- name...]`: runs the named benchmarks (all by default) and prints one line each.
// Figures are recorded in docs/benchmarks.md; nothing here is a test.
const benches: Record<string, () => Promise<{ run(): Promise<string> }>> = {
  demo: () => import('./demo'),
  reports: () => import('./reports'),
  import: () => import('./import'),
  dashboard: () => import('./dashboard'),
  'cold-start': () => import('./cold-start'),
  transactions: () => import('./transactions'),
  sync: () => import('./sync')
}

const wanted = process.argv.slice(2)
const names = wanted.length ? wanted : Object.keys(benches)
for (const name of names) {
  const load = benches[name]
  if (!load) {
    console.error(`unknown benchmark "${name}"; choose from ${Object.keys(benches).join(', ')}`)
    process.exit(2)
  }
  try {
    console.log(await (await load()).run())
  } catch (err) {
    console.error(`${name}: ${(err as Error).message}`)
    process.exitCode = 1
  }
}

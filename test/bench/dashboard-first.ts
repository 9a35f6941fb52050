import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
import { dashboard } from '../../src/core/analytics/dashboard'
import { randomFilters, store } from './dashboard'
import { cpuMs } from './cpu'

/**
 * `node --expose-gc --max-semi-space-size=64 --import tsx test/bench/dashboard-first.ts [profile.json]`: the
 * dashboard bench's 20 filters run once each after the same warm-up call, as the bench times them, printing per
 * filter the wall clock, this process's CPU time and the heap growth (collected before each; with a young
 * generation that large no scavenge falls inside one, so it is what the dashboard allocated). With a file name, also
 * writes a sampling heap profile of those runs that keeps collected objects (Chromium's DevTools read it), to see
 * which functions allocate.
 */
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 20)
const gc = (globalThis as { gc?: () => void }).gc
const profile = process.argv[2]
const session = new Session()
if (profile) {
  session.connect()
  await session.post('HeapProfiler.enable')
}

dashboard(db, filters[0])
if (profile)
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true
  })
const sums = { wall: 0, cpu: 0, mb: 0 }
console.log('  wall    CPU     MB  filter')
for (const f of filters) {
  gc?.()
  const heap = process.memoryUsage().heapUsed
  const [w, c] = [performance.now(), cpuMs()]
  dashboard(db, f)
  const [wall, used, mb] = [performance.now() - w, cpuMs() - c, (process.memoryUsage().heapUsed - heap) / 1e6]
  sums.wall += wall
  sums.cpu += used
  sums.mb += mb
  console.log(wall.toFixed(1).padStart(6), used.toFixed(1).padStart(6), mb.toFixed(2).padStart(6), '', JSON.stringify(f))
}
console.log(`sum: wall ${sums.wall.toFixed(1)} ms, CPU ${sums.cpu.toFixed(1)} ms, heap growth ${sums.mb.toFixed(1)} MB`)
if (profile) writeFileSync(profile, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile))
db.close()

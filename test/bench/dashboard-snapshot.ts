import { writeFileSync } from 'node:fs'
import { dashboard } from '../../src/core/analytics/dashboard'
import { randomFilters, store } from './dashboard'

// Every answer of dashboard() for 60 seeded filters, as JSON, to compare two builds of the readers.
const db = store(Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000))
const filters = randomFilters(db, 60)
writeFileSync(process.argv[2], JSON.stringify(filters.map((f) => dashboard(db, f))))

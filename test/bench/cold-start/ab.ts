// `tsx test/bench/cold-start/ab.ts <answers.json> <runs> <renderer dir>...`: first KPI paint of each built renderer
// (answers.json: main's answers, kept by the cold-start bench with BENCH_COLD_ANSWERS),
// interleaved run by run so that the machine's load falls on all of them alike; medians and all runs printed.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { firstPaint } from './renderer'

const [answersFile, runsArg, ...dirs] = process.argv.slice(2)
const answers = new Map(JSON.parse(readFileSync(answersFile, 'utf8')) as [string, unknown][])
const paints = dirs.map(() => [] as number[])
const shown = dirs.map(() => [] as number[])
const threads = dirs.map(() => [] as number[])
const procs = dirs.map(() => [] as number[])
for (let i = 0; i < Number(runsArg); i++)
  for (const [k, dir] of dirs.entries()) {
    const p = await firstPaint(resolve(dir), answers)
    paints[k].push(Math.round(p.paint))
    shown[k].push(Math.round(p.shown))
    threads[k].push(Math.round(p.mainThreadCpu))
    procs[k].push(Math.round(p.processCpu))
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
for (const [k, dir] of dirs.entries())
  console.log(
    `${dir}: paint median ${median(paints[k])} ms (${paints[k].join(', ')}); KPI shown median ${median(shown[k])} ms ` +
      `(${shown[k].join(', ')}); main thread CPU ${median(threads[k])} ms ` +
      `(${threads[k].join(', ')}); process CPU ${median(procs[k])} ms (${procs[k].join(', ')})`
  )

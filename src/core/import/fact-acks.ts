import type { Fact, FactStager } from '../analytics/fact-stager'

/**
 * What the importing thread tells the parsing thread about the rows it was sent, in file order: `runs` of rows
 * stored (+n) or turned away by the unique indexes (-n), and the facts of stored rows that a later record
 * changed. The parsing thread gathers the rollups, so it must count exactly the rows that went in.
 */
export interface AckMessage {
  runs: number[]
  adjusts: { fact: Fact; sign: 1 | -1 }[]
  /** Every row sent has been settled. */
  last: boolean
}

/** Collects the importing thread's outcomes until take() sends them. */
export class Acks {
  private runs: number[] = []
  private adjusts: AckMessage['adjusts'] = []

  settled(stored: boolean): void {
    const last = this.runs.length - 1
    if (last >= 0 && this.runs[last] > 0 === stored) this.runs[last] += stored ? 1 : -1
    else this.runs.push(stored ? 1 : -1)
  }

  adjust(fact: Fact, sign: 1 | -1): void {
    this.adjusts.push({ fact, sign })
  }

  get empty(): boolean {
    return this.runs.length === 0 && this.adjusts.length === 0
  }

  take(last: boolean): AckMessage {
    const message = { runs: this.runs, adjusts: this.adjusts, last }
    this.runs = []
    this.adjusts = []
    return message
  }
}

/** The parsing thread's side: the facts of rows sent and not yet settled, added to `stager` once stored. */
export class FactQueue {
  private facts: Fact[] = []
  private head = 0

  constructor(private readonly stager: FactStager) {}

  push(f: Fact): void {
    this.facts.push(f)
  }

  apply(ack: AckMessage): void {
    for (const run of ack.runs) {
      const n = Math.abs(run)
      if (this.head + n > this.facts.length) throw new Error('more rows settled than were sent')
      if (run > 0) for (let i = this.head; i < this.head + n; i++) this.stager.add(this.facts[i])
      this.head += n
    }
    for (const { fact, sign } of ack.adjusts) this.stager.add(fact, sign)
    if (this.head > 4096) {
      this.facts = this.facts.slice(this.head)
      this.head = 0
    }
    if (ack.last && this.head !== this.facts.length) throw new Error('rows were sent that were never settled')
  }
}

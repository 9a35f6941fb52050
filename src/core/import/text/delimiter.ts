import { DELIMITERS, type Delimiter } from '../../../shared/import-choices'

export { DELIMITERS, type Delimiter }

/** Counts a delimiter outside double quotes on one line (a quote left open ends the count). */
function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && c === delimiter) n++
  }
  return n
}

/**
 * Picks the delimiter that splits the first lines most consistently: the header count must
 * recur on most of the following lines, and more columns win among consistent candidates.
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample
    .split(/\r\n|\n|\r/)
    .slice(0, 50)
    .filter((l) => l.trim() !== '' && l.trim() !== '<END>')
  if (lines.length === 0) return ','
  let best: Delimiter = ','
  let bestScore = -1
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d))
    const header = counts[0]
    if (header === 0) continue
    const rest = counts.slice(1)
    const agree = rest.length === 0 ? 1 : rest.filter((c) => c === header).length / rest.length
    const score = agree * 1000 + header
    if (score > bestScore) {
      bestScore = score
      best = d
    }
  }
  return best
}

/** Runs `work` and counts the event loop's turns meanwhile: work that holds the thread lets it turn about once. */
export async function loopTurnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0
  let spinning = true
  const spin = () => {
    turns++
    if (spinning) setImmediate(spin)
  }
  setImmediate(spin)
  try {
    const value = await work()
    return { value, turns }
  } finally {
    spinning = false
  }
}

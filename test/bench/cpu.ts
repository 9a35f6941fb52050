/** This process's CPU time so far in ms: user + system, every thread's (V8's compiler and GC threads included). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
